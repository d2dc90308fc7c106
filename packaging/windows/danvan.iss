; Danvan Desktop — per-user Windows installer (Inno Setup 6.3 or later).
;
; Built by `python packaging/build.py` on Windows after the PyInstaller bundle, as
;   ISCC.exe /DAppVersion=<pyproject version> /DSourceDir=<bundle> /DIconFile=<.ico> danvan.iss
; The version is never written here: pyproject.toml is its one home.
;
; Per-user: no administrator rights (office PCs rarely grant them), installed under
; %LOCALAPPDATA%\Programs, a Start-menu entry, an optional desktop icon, "Open with" for
; packages (.zip), and an uninstaller in "Apps & features". The user's data (database, backups, keys) lives in
; %LOCALAPPDATA%\BanDanVanNgheAn\DanvanDesktop and is left alone by the uninstaller.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (UTF-8 script without BOM, x64compatible)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\danvan-desktop"
#endif
#ifndef IconFile
  #define IconFile "..\build\generated\icons\vn.gov.nghean.danvan.ico"
#endif
#define AppId "vn.gov.nghean.danvan"
#define AppExe "danvan-desktop.exe"

[Setup]
AppId={#AppId}
AppName=Danvan Desktop
AppVersion={#AppVersion}
AppVerName=Danvan Desktop {#AppVersion}
AppPublisher=Ban Dân vận Tỉnh ủy Nghệ An
AppComments=Soạn, duyệt và xuất bản tin bài cho trang Ban Dân vận Tỉnh ủy Nghệ An
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\Danvan Desktop
DefaultGroupName=Danvan Desktop
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=danvan-desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Danvan Desktop
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the whole bundle: no stale Qt library may survive an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Danvan Desktop"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Comment: "Soạn, duyệt và xuất bản tin bài"
Name: "{autodesktop}\Danvan Desktop"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; Packages are plain .zip files (docs/portal-package.md), so Danvan Desktop joins the
; "Open with" list of .zip files without ever becoming their default program; opened with
; a package, the desk shows which articles it holds, who approved them, and whether the
; signature and every file hold.
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "DanvanDesktop.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DanvanDesktop.Package"; ValueType: string; ValueName: ""; ValueData: "Gói tin bài Danvan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DanvanDesktop.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\DanvanDesktop.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Danvan Desktop}"; Flags: nowait postinstall skipifsilent
