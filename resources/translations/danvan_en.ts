<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English needs no translation, only its plural forms: Qt shows the source "%n word(s)" otherwise. -->
  <context>
    <name>ArticleListPanel</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="192" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="65" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="66" />
      <source>%n min read</source>
      <translation>
        <numerusform>%n min read</numerusform>
        <numerusform>%n min read</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="143" />
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="140" />
      <source>%n file(s) or folder(s): %1</source>
      <translation>
        <numerusform>%n file or folder: %1</numerusform>
        <numerusform>%n files or folders: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LintPanel</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="272" />
      <source>%n finding(s)</source>
      <translation>
        <numerusform>%n finding</numerusform>
        <numerusform>%n findings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="273" />
      <source>%n safe to fix</source>
      <translation>
        <numerusform>%n safe to fix</numerusform>
        <numerusform>%n safe to fix</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Proofing</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="168" />
      <source>Text normalised: %n field(s) changed</source>
      <translation>
        <numerusform>Text normalised: %n field changed</numerusform>
        <numerusform>Text normalised: %n fields changed</numerusform>
      </translation>
    </message>
  </context>
</TS>
