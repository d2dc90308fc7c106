<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name />
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="51" />
      <source>%1 d %2 h</source>
      <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="53" />
      <source>%1 h %2 min</source>
      <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="54" />
      <source>%1 min</source>
      <translation>%1 phút</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="47" />
      <source>About Danvan Desktop</source>
      <translation>Giới thiệu Danvan Desktop</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="53" />
      <source>Version %1</source>
      <translation>Phiên bản %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="57" />
      <source>The editorial workstation of the Ban Dân vận Tỉnh ủy Nghệ An portal: write, review and publish articles, also without a network.</source>
      <translation>Phần mềm biên tập của trang Ban Dân vận Tỉnh ủy Nghệ An: viết, duyệt và xuất bản tin bài, kể cả khi không có mạng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="85" />
      <source>LGPL-3.0-only; Chromium: BSD-3-Clause and the licences of its parts</source>
      <translation>LGPL-3.0-only; Chromium: BSD-3-Clause và giấy phép của các thành phần</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="103" />
      <source>Icon fonts of qtawesome</source>
      <translation>Phông biểu tượng của qtawesome</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="105" />
      <source>Material Design Icons: Apache-2.0; Font Awesome: SIL OFL 1.1 (fonts) and CC BY 4.0 (icons); Elusive Icons: SIL OFL 1.1; Codicons: CC BY 4.0</source>
      <translation>Material Design Icons: Apache-2.0; Font Awesome: SIL OFL 1.1 (phông) và CC BY 4.0 (biểu tượng); Elusive Icons: SIL OFL 1.1; Codicons: CC BY 4.0</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="110" />
      <source>DejaVu Sans (subset, for the approval slip)</source>
      <translation>DejaVu Sans (một phần, cho phiếu duyệt)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="111" />
      <source>Bitstream Vera licence; the DejaVu changes are in the public domain</source>
      <translation>Giấy phép Bitstream Vera; các thay đổi của DejaVu thuộc phạm vi công cộng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="114" />
      <source>Dictionaries: house words, acronyms, confusions, common syllables</source>
      <translation>Từ điển: từ của cơ quan, từ viết tắt, lỗi hay nhầm, âm tiết thông dụng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="115" />
      <source>Compiled for this project; GPL-3.0-or-later like the application</source>
      <translation>Biên soạn cho dự án này; GPL-3.0-or-later như phần mềm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="118" />
      <source>TCVN3 and VNI conversion tables</source>
      <translation>Bảng chuyển mã TCVN3 và VNI</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="120" />
      <source>Derived from glibc's iconv tables (LGPL-2.1-or-later) and checked against Unikey's vnconv (GPL-2.0-or-later)</source>
      <translation>Lấy từ bảng iconv của glibc (LGPL-2.1-or-later) và đối chiếu với vnconv của Unikey (GPL-2.0-or-later)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="133" />
      <source>Qt is used under the GNU LGPL version 3: the Qt libraries are separate files in the installation folder and may be replaced with compatible versions. Their sources: %1. Obligations: %2.</source>
      <translation>Qt được dùng theo giấy phép GNU LGPL phiên bản 3: các thư viện Qt là những tệp riêng trong thư mục cài đặt và có thể thay bằng phiên bản tương thích. Mã nguồn: %1. Nghĩa vụ: %2.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="141" />
      <source>Qt WebEngine contains Chromium; the notices of Chromium's third-party parts: %1.</source>
      <translation>Qt WebEngine chứa Chromium; thông báo về các thành phần bên thứ ba của Chromium: %1.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="144" />
      <source>The full licence texts of the Python packages are in the “licenses” folder of the installation.</source>
      <translation>Toàn văn giấy phép của các gói Python nằm trong thư mục “licenses” của bản cài đặt.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="147" />
      <source>Licences of the software that ships with the desk</source>
      <translation>Giấy phép của phần mềm đi kèm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="148" />
      <source>Component</source>
      <translation>Thành phần</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/about_dialog.py" line="148" />
      <source>Licence</source>
      <translation>Giấy phép</translation>
    </message>
  </context>
  <context>
    <name>ArticleEditor</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="154" />
      <source>bold text</source>
      <translation>chữ đậm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="155" />
      <source>italic</source>
      <translation>chữ nghiêng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="186" />
      <source>Column</source>
      <translation>Cột</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="191" />
      <source>Insert link</source>
      <translation>Chèn liên kết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="191" />
      <source>Web address:</source>
      <translation>Địa chỉ web:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="227" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="228" />
      <source>Sapo: the lead that sums up the article</source>
      <translation>Sapo: đoạn dẫn tóm tắt bài viết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="229" />
      <source>Signature, category and picture</source>
      <translation>Chữ ký, chuyên mục và ảnh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="231" />
      <source>Category</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="232" />
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="233" />
      <source>Author</source>
      <translation>Tác giả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="234" />
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="235" />
      <source>Tags</source>
      <translation>Từ khóa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="236" />
      <source>Picture</source>
      <translation>Ảnh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="240" />
      <source>Name in the signature</source>
      <translation>Tên ở chữ ký cuối bài</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="241" />
      <source>e.g. Ban Dân vận Huyện ủy Quỳnh Lưu</source>
      <translation>vd. Ban Dân vận Huyện ủy Quỳnh Lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="242" />
      <source>Where the article comes from</source>
      <translation>Bài viết lấy từ đâu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="243" />
      <source>Separated by commas</source>
      <translation>Cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="244" />
      <source>Caption of the feature picture</source>
      <translation>Chú thích ảnh đại diện</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="245" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="246" />
      <source>Write the article here (Markdown)…</source>
      <translation>Viết nội dung bài ở đây (Markdown)…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="248" />
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="249" />
      <source>Redo</source>
      <translation>Làm lại</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="250" />
      <source>Bold</source>
      <translation>Đậm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="251" />
      <source>Italic</source>
      <translation>Nghiêng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="252" />
      <source>Heading</source>
      <translation>Tiêu đề mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="253" />
      <source>Subheading</source>
      <translation>Tiêu đề phụ</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="254" />
      <source>Bulleted list</source>
      <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="255" />
      <source>Numbered list</source>
      <translation>Danh sách đánh số</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="256" />
      <source>Quote</source>
      <translation>Trích dẫn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="257" />
      <source>Link</source>
      <translation>Liên kết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="258" />
      <source>Picture with caption</source>
      <translation>Ảnh có chú thích</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="259" />
      <source>Table</source>
      <translation>Bảng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="260" />
      <source>Horizontal rule</source>
      <translation>Đường kẻ ngang</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="261" />
      <source>Find and replace</source>
      <translation>Tìm và thay thế</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="262" />
      <source>Replace</source>
      <translation>Thay thế</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="332" />
      <source>No picture</source>
      <translation>Chưa có ảnh</translation>
    </message>
  </context>
  <context>
    <name>ArticleListPanel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="101" />
      <source>Search titles, sapo, authors, tags…</source>
      <translation>Tìm theo tiêu đề, sapo, tác giả, từ khóa…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="103" />
      <source>Diacritics are optional: “dan van” finds “dân vận”, “dang” finds “Đảng”.</source>
      <translation>Gõ có dấu hay không dấu đều được: “dan van” tìm ra “dân vận”, “dang” tìm ra “Đảng”.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="108" />
      <source>All states</source>
      <translation>Mọi trạng thái</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="114" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="114" />
      <source>State</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="114" />
      <source>Author</source>
      <translation>Tác giả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="114" />
      <source>Updated</source>
      <translation>Cập nhật</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/article_list.py" line="192" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>%n bài viết</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="159" />
      <source>Audit log</source>
      <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="161" />
      <source>User</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="161" />
      <source>Article</source>
      <translation>Bài viết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="161" />
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="164" />
      <source>user name</source>
      <translation>tên đăng nhập</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="165" />
      <source>article id or its first characters</source>
      <translation>mã bài viết hoặc vài ký tự đầu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="166" />
      <source>Show</source>
      <translation>Xem</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="167" />
      <source>Verify the chain</source>
      <translation>Kiểm tra chuỗi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="168" />
      <source>Newer</source>
      <translation>Mới hơn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="169" />
      <source>Older</source>
      <translation>Cũ hơn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="208" />
      <source>The chain is intact: %1 events, head %2.</source>
      <translation>Chuỗi nguyên vẹn: %1 sự kiện, mắt cuối %2.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="212" />
      <source>The chain is broken at event %1: %2</source>
      <translation>Chuỗi bị đứt ở sự kiện %1: %2</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="222" />
      <source>%1–%2 of %3 events</source>
      <translation>%1–%2 trong %3 sự kiện</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="91" />
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="92" />
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="93" />
      <source>User</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="94" />
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="95" />
      <source>Subject</source>
      <translation>Đối tượng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/audit_view.py" line="96" />
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
  </context>
  <context>
    <name>BackupMenu</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="125" />
      <source>Back up now</source>
      <translation>Sao lưu ngay</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="126" />
      <source>Make a checked copy of the database</source>
      <translation>Tạo một bản sao cơ sở dữ liệu đã kiểm tra</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="127" />
      <source>Restore…</source>
      <translation>Khôi phục…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="128" />
      <source>Replace the database with one of its backups</source>
      <translation>Thay cơ sở dữ liệu bằng một bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="146" />
      <source>Backup made and checked: %1 (%2).</source>
      <translation>Đã sao lưu và kiểm tra: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="162" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="163" />
      <source>Save or discard the changes of the open article before restoring.</source>
      <translation>Hãy lưu hoặc bỏ các thay đổi của bài đang mở trước khi khôi phục.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="194" />
      <source>The database was restored from the backup of %1.</source>
      <translation>Đã khôi phục cơ sở dữ liệu từ bản sao lưu lúc %1.</translation>
    </message>
  </context>
  <context>
    <name>CandidateList</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="196" />
      <source>Article</source>
      <translation>Bài viết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="197" />
      <source>Category</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="198" />
      <source>Approved by</source>
      <translation>Người duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="199" />
      <source>Approved at</source>
      <translation>Duyệt lúc</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="219" />
      <source>Cannot be published until this is fixed</source>
      <translation>Chưa thể xuất bản cho đến khi sửa xong lỗi này</translation>
    </message>
  </context>
  <context>
    <name>CategoryPanel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="50" />
      <source>Categories</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="75" />
      <source>All articles</source>
      <translation>Tất cả bài viết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="110" />
      <source>New category…</source>
      <translation>Thêm chuyên mục…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="113" />
      <source>New subcategory…</source>
      <translation>Thêm chuyên mục con…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="115" />
      <source>Rename…</source>
      <translation>Đổi tên…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="119" />
      <source>New category</source>
      <translation>Chuyên mục mới</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="119" />
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="125" />
      <source>Rename category</source>
      <translation>Đổi tên chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/category_panel.py" line="125" />
      <source>New name:</source>
      <translation>Tên mới:</translation>
    </message>
  </context>
  <context>
    <name>ChoosePage</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="136" />
      <source>Tick the approved articles to put in the package. Reasons in red stop an article from going out; those in amber only deserve a look.</source>
      <translation>Đánh dấu các bài đã duyệt cần đưa vào gói tin. Lý do màu đỏ khiến bài chưa thể xuất bản; lý do màu vàng cam chỉ cần xem lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="142" />
      <source>Tick all</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="143" />
      <source>Tick none</source>
      <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="144" />
      <source>Also withdraw published articles from the portal</source>
      <translation>Gỡ kèm các bài đã xuất bản khỏi cổng thông tin</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="145" />
      <source>Reason:</source>
      <translation>Lý do:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="146" />
      <source>Why the portal must take them down</source>
      <translation>Vì sao cổng thông tin cần gỡ các bài này</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="147" />
      <source>Save the package as:</source>
      <translation>Lưu gói tin vào:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="148" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="149" />
      <source>Key passphrase:</source>
      <translation>Mật khẩu khóa ký:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="150" />
      <source>Passphrase again:</source>
      <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="151" />
      <source>Export and publish</source>
      <translation>Tạo gói và xuất bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="152" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="160" />
      <source>Reading the approved articles…</source>
      <translation>Đang đọc các bài đã duyệt…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="180" />
      <source>This computer has no signing key yet. One is created now with the passphrase you choose (at least 8 characters). Keep it safe: every package is signed with it, and the portal must be given its public key.</source>
      <translation>Máy này chưa có khóa ký. Khóa sẽ được tạo ngay với mật khẩu bạn đặt (ít nhất 8 ký tự). Hãy giữ kỹ mật khẩu: mọi gói tin đều được ký bằng khóa này, và cổng thông tin cần được gửi khóa công khai của nó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="186" />
      <source>The package is signed with this computer's key %1.</source>
      <translation>Gói tin được ký bằng khóa của máy này (mã %1).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="202" />
      <source>No approved article is waiting to be published.</source>
      <translation>Không có bài đã duyệt nào đang chờ xuất bản.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="204" />
      <source>%1 of %2 approved article(s) chosen.</source>
      <translation>Đã chọn %1/%2 bài đã duyệt.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="207" />
      <source>%1 to withdraw.</source>
      <translation>Gỡ %1 bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="215" />
      <source>Save the package as</source>
      <translation>Lưu gói tin</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="215" />
      <source>Portal package (*.zip)</source>
      <translation>Gói tin cổng thông tin (*.zip)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="237" />
      <source>Tick at least one article to publish or to withdraw.</source>
      <translation>Hãy chọn ít nhất một bài để xuất bản hoặc gỡ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="239" />
      <source>Say why the portal must withdraw the articles.</source>
      <translation>Hãy ghi lý do cổng thông tin cần gỡ bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="241" />
      <source>Choose where to save the package.</source>
      <translation>Hãy chọn nơi lưu gói tin.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="246" />
      <source>The folder %1 does not exist.</source>
      <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="249" />
      <source>%1 already exists. Give the package another name, or pick the file with “Choose…” to replace it.</source>
      <translation>Tệp %1 đã có. Hãy đặt tên khác cho gói tin, hoặc chọn tệp đó bằng nút “Chọn…” để ghi đè.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="254" />
      <source>Type the passphrase of the signing key.</source>
      <translation>Hãy nhập mật khẩu của khóa ký.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_pages.py" line="259" />
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>Hai mật khẩu không khớp: hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/dialogs.py" line="16" />
      <source>Request changes</source>
      <translation>Yêu cầu sửa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/dialogs.py" line="18" />
      <source>What should the editor change in “%1”?</source>
      <translation>Biên tập viên cần sửa gì trong bài “%1”?</translation>
    </message>
  </context>
  <context>
    <name>CommentThreadsWidget</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="82" />
      <source>Comment…</source>
      <translation>Góp ý…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="83" />
      <source>Comment on selection…</source>
      <translation>Góp ý đoạn đã chọn…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="84" />
      <source>Reply…</source>
      <translation>Trả lời…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="85" />
      <source>Show resolved</source>
      <translation>Hiện góp ý đã xử lý</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="136" />
      <source>whole article</source>
      <translation>cả bài</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="137" />
      <source>on %1</source>
      <translation>về %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="138" />
      <source>on a passage of %1</source>
      <translation>về một đoạn của %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="139" />
      <source>on a passage of %1 (moved)</source>
      <translation>về một đoạn của %1 (đã dời chỗ)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="140" />
      <source>on a passage of %1 (edited since)</source>
      <translation>về một đoạn của %1 (đã sửa sau đó)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="141" />
      <source>outdated: the passage of %1 is gone</source>
      <translation>đã cũ: đoạn của %1 không còn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="144" />
      <source>resolved</source>
      <translation>đã xử lý</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="148" />
      <source>the title</source>
      <translation>tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="149" />
      <source>the lead</source>
      <translation>sapo</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="150" />
      <source>the body</source>
      <translation>nội dung</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="151" />
      <source>the photo caption</source>
      <translation>chú thích ảnh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="152" />
      <source>the signature</source>
      <translation>chữ ký</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="153" />
      <source>the author's position</source>
      <translation>chức vụ tác giả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="154" />
      <source>the source</source>
      <translation>nguồn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="175" />
      <source>Reopen</source>
      <translation>Mở lại</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="175" />
      <source>Resolve</source>
      <translation>Đã xử lý</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="179" />
      <source>Reply</source>
      <translation>Trả lời</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="179" />
      <source>New comment</source>
      <translation>Góp ý mới</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/comment_threads.py" line="180" />
      <source>Comment:</source>
      <translation>Góp ý:</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/compare_dialog.py" line="56" />
      <source>Compare with the saved version</source>
      <translation>So sánh với bản đã lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/compare_dialog.py" line="61" />
      <source>Left: %1. Right: your text. Copy what you need into the editor.</source>
      <translation>Bên trái: %1. Bên phải: nội dung của bạn. Hãy chép phần cần giữ vào trình soạn thảo.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/compare_dialog.py" line="64" />
      <source>Red: only in the saved version. Green: only in yours.</source>
      <translation>Đỏ: chỉ có trong bản đã lưu. Xanh: chỉ có trong bản của bạn.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/compare_dialog.py" line="69" />
      <source>Copy my text</source>
      <translation>Sao chép nội dung của tôi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/compare_dialog.py" line="72" />
      <source>Load the saved version</source>
      <translation>Mở bản đã lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/compare_dialog.py" line="75" />
      <source>Your text stays recoverable: the desk offers it back after loading.</source>
      <translation>Nội dung của bạn vẫn khôi phục được: sau khi mở, phần mềm sẽ đề nghị lấy lại.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="69" />
      <source>Unexpected error</source>
      <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="71" />
      <source>Something went wrong that the desk did not expect. The details are written in the log file: %1

Your text is still in the editor. To be safe, save a copy of it to a file now.</source>
      <translation>Đã xảy ra lỗi ngoài dự kiến. Chi tiết được ghi trong tệp nhật ký: %1

Nội dung của bạn vẫn còn trong trình soạn thảo. Để an toàn, hãy lưu một bản ra tệp ngay.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="82" />
      <source>Save my text…</source>
      <translation>Lưu nội dung của tôi…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="100" />
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="109" />
      <source>Save my text</source>
      <translation>Lưu nội dung của tôi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="100" />
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="110" />
      <source>Could not write the file: %1</source>
      <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/crash_dialog.py" line="113" />
      <source>Saved</source>
      <translation>Đã lưu</translation>
    </message>
  </context>
  <context>
    <name>DeskStartup</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup.py" line="126" />
      <source>Database</source>
      <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup.py" line="127" />
      <source>The new database address applies at the next start.</source>
      <translation>Địa chỉ cơ sở dữ liệu mới có hiệu lực từ lần khởi động sau.</translation>
    </message>
  </context>
  <context>
    <name>DeskStatusBar</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="43" />
      <source>Opening the database…</source>
      <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="49" />
      <source>SQLite file</source>
      <translation>Tệp SQLite</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="49" />
      <source>Server</source>
      <translation>Máy chủ</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="65" />
      <source>%n word(s)</source>
      <translation>
        <numerusform>%n chữ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="66" />
      <source>%n min read</source>
      <translation>
        <numerusform>%n phút đọc</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="74" />
      <source>Saved</source>
      <translation>Đã lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="75" />
      <source>Unsaved changes</source>
      <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="76" />
      <source>Draft kept automatically</source>
      <translation>Đã tự lưu bản nháp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/status_bar.py" line="77" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
  </context>
  <context>
    <name>DiffView</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="88" />
      <source>Inline</source>
      <translation>Liền dòng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="89" />
      <source>Side by side</source>
      <translation>Song song</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="90" />
      <source>Whole text</source>
      <translation>Toàn văn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="100" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="101" />
      <source>Lead (sapo)</source>
      <translation>Sapo</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="102" />
      <source>Body</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="103" />
      <source>Captions</source>
      <translation>Chú thích ảnh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="104" />
      <source>Author</source>
      <translation>Tác giả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="105" />
      <source>Author's position</source>
      <translation>Chức vụ tác giả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="106" />
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="107" />
      <source>Category</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="108" />
      <source>Tags</source>
      <translation>Từ khóa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="128" />
      <source>Choose two revisions to compare.</source>
      <translation>Chọn hai phiên bản để so sánh.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/diff_view.py" line="132" />
      <source>Revision %1 → revision %2</source>
      <translation>Phiên bản %1 → phiên bản %2</translation>
    </message>
  </context>
  <context>
    <name>EditLock</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="97" />
      <source>This article is being edited by %1 (since %2). It is read-only for you.</source>
      <translation>Bài này đang được sửa bởi %1 (từ %2). Bạn chỉ xem được.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="100" />
      <source>Take over</source>
      <translation>Tiếp quản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="115" />
      <source>Nobody else is editing this article now: you can edit it.</source>
      <translation>Hiện không ai khác đang sửa bài này: bạn có thể sửa.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="183" />
      <source>This article is being edited by %1. It is read-only for you.</source>
      <translation>Bài này đang được sửa bởi %1. Bạn chỉ xem được.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="197" />
      <source>You took over the article. Whatever the other desk had not saved stays there.</source>
      <translation>Bạn đã tiếp quản bài viết. Những gì máy kia chưa lưu vẫn nằm ở máy đó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="234" />
      <source>%1 took over this article. Your text stays here, read-only: copy what you need.</source>
      <translation>%1 đã tiếp quản bài này. Nội dung của bạn vẫn ở đây, chỉ xem được: hãy chép phần cần giữ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/edit_lock.py" line="239" />
      <source>Copy my text</source>
      <translation>Sao chép nội dung của tôi</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="103" />
      <source>Find</source>
      <translation>Tìm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="104" />
      <source>Replace with</source>
      <translation>Thay bằng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="105" />
      <source>Ignore diacritics</source>
      <translation>Không phân biệt dấu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="106" />
      <source>Match case</source>
      <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="107" />
      <source>Next</source>
      <translation>Tiếp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="108" />
      <source>Previous</source>
      <translation>Trước</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="109" />
      <source>Replace</source>
      <translation>Thay thế</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="110" />
      <source>Replace all</source>
      <translation>Thay tất cả</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="143" />
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n kết quả</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="126" />
      <source>User name:</source>
      <translation>Tên đăng nhập:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="127" />
      <source>Full name:</source>
      <translation>Họ và tên:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="128" />
      <source>Password:</source>
      <translation>Mật khẩu:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="129" />
      <source>Password again:</source>
      <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="130" />
      <source>First start — Danvan Desktop</source>
      <translation>Khởi động lần đầu — Danvan Desktop</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="133" />
      <source>This database has no users yet. Create the administrator account; the default categories and a sample article are added with it.</source>
      <translation>Cơ sở dữ liệu chưa có người dùng. Hãy tạo tài khoản quản trị; các chuyên mục mặc định và một bài viết mẫu sẽ được thêm cùng lúc.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="140" />
      <source>The two passwords differ.</source>
      <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/help_menu.py" line="57" />
      <source>User guide</source>
      <translation>Hướng dẫn sử dụng</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/help_menu.py" line="96" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/help_menu.py" line="97" />
      <source>User guide</source>
      <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/help_menu.py" line="98" />
      <source>How to use Danvan Desktop, in Vietnamese (F1)</source>
      <translation>Cách dùng Danvan Desktop, bằng tiếng Việt (F1)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/help_menu.py" line="99" />
      <source>About Danvan Desktop</source>
      <translation>Giới thiệu Danvan Desktop</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="138" />
      <source>Import articles</source>
      <translation>Nhập bài viết</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="140" />
      <source>%n file(s) or folder(s): %1</source>
      <translation>
        <numerusform>%n tệp hoặc thư mục: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="142" />
      <source>Into the category:</source>
      <translation>Vào chuyên mục:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="143" />
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="144" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="145" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="146" />
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="146" />
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="146" />
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="161" />
      <source>Reading the files…</source>
      <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="189" />
      <source>%1 of %2: %3</source>
      <translation>%1 / %2: %3</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="199" />
      <source>Stopping after this file…</source>
      <translation>Sẽ dừng sau tệp này…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="215" />
      <source>Imported</source>
      <translation>Đã nhập</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="216" />
      <source>Duplicate, skipped</source>
      <translation>Trùng, bỏ qua</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="217" />
      <source>Failed</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="218" />
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="235" />
      <source>Imported %1, skipped %2 already imported, failed %3.</source>
      <translation>Đã nhập %1, bỏ qua %2 đã nhập trước đây, lỗi %3.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="242" />
      <source>Cancelled: the files after that were not read.</source>
      <translation>Đã hủy: các tệp sau đó chưa được đọc.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="244" />
      <source>No Word, web page or text file was found there.</source>
      <translation>Không tìm thấy tệp Word, trang web hay văn bản nào ở đó.</translation>
    </message>
  </context>
  <context>
    <name>ImportMenu</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="287" />
      <source>Import articles from files…</source>
      <translation>Nhập bài từ tệp…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="289" />
      <source>Word (.docx), web pages (.html), text (.txt) and Markdown (.md) as drafts</source>
      <translation>Word (.docx), trang web (.html), văn bản (.txt) và Markdown (.md), thành bản nháp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="291" />
      <source>Import a folder…</source>
      <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="292" />
      <source>Every Word, web page and text file in a folder</source>
      <translation>Mọi tệp Word, trang web và văn bản trong một thư mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="319" />
      <source>Word, web pages and text</source>
      <translation>Word, trang web và văn bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="322" />
      <source>Import articles from files</source>
      <translation>Nhập bài từ tệp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/import_dialog.py" line="332" />
      <source>Import a folder</source>
      <translation>Nhập cả thư mục</translation>
    </message>
  </context>
  <context>
    <name>LegacyPasteOffer</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/legacy_paste.py" line="134" />
      <source>The pasted text looks like %1. Converted to Unicode it reads: “%2”</source>
      <translation>Đoạn vừa dán có vẻ là %1. Chuyển sang Unicode sẽ thành: “%2”</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/legacy_paste.py" line="137" />
      <source>This article's text looks like %1. Converted to Unicode it reads: “%2”</source>
      <translation>Nội dung bài có vẻ là %1. Chuyển sang Unicode sẽ thành: “%2”</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/legacy_paste.py" line="143" />
      <source>Convert to Unicode</source>
      <translation>Chuyển sang Unicode</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/legacy_paste.py" line="143" />
      <source>Keep as it is</source>
      <translation>Giữ nguyên</translation>
    </message>
  </context>
  <context>
    <name>LintPanel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="357" />
      <source>Text</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="259" />
      <source>%1, paragraph %2</source>
      <translation>%1, đoạn %2</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="267" />
      <source>Safe to fix automatically</source>
      <translation>Sửa tự động an toàn</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="272" />
      <source>%n finding(s)</source>
      <translation>
        <numerusform>%n lỗi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="273" />
      <source>%n safe to fix</source>
      <translation>
        <numerusform>%n lỗi sửa được ngay</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="275" />
      <source>No house-style findings</source>
      <translation>Không có lỗi quy cách</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="349" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="350" />
      <source>Sapo</source>
      <translation>Sapo</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="351" />
      <source>Body</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="352" />
      <source>Picture caption</source>
      <translation>Chú thích ảnh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="356" />
      <source>House style</source>
      <translation>Quy cách</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="357" />
      <source>Finding</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="357" />
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="357" />
      <source>Where</source>
      <translation>Vị trí</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="359" />
      <source>Fix</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="360" />
      <source>Apply the suggested fix of the selected finding</source>
      <translation>Sửa lỗi đang chọn theo gợi ý</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="361" />
      <source>Fix all safe findings</source>
      <translation>Sửa mọi lỗi an toàn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/lint_panel.py" line="363" />
      <source>Spaces, quotes, dashes, document numbers and tone marks; one undo step</source>
      <translation>Khoảng trắng, ngoặc kép, gạch nối, số hiệu văn bản và dấu thanh; hoàn tác một lần</translation>
    </message>
  </context>
  <context>
    <name>LiveRefresh</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/live_refresh.py" line="171" />
      <source>%1 saved a new revision of this article; it is shown now.</source>
      <translation>%1 đã lưu một phiên bản mới của bài này; phiên bản đó đang được hiển thị.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/live_refresh.py" line="175" />
      <source>This article was changed by %1 while you were editing it. Your text is still here and has not been saved over theirs.</source>
      <translation>Bài này đã được %1 sửa trong lúc bạn đang sửa. Nội dung của bạn vẫn còn đây và chưa ghi đè lên bản của họ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/live_refresh.py" line="182" />
      <source>Reload</source>
      <translation>Tải lại</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/live_refresh.py" line="183" />
      <source>Compare</source>
      <translation>So sánh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/live_refresh.py" line="192" />
      <location filename="../../src/danvan_desktop/gui/live_refresh.py" line="217" />
      <source>the version %1 saved</source>
      <translation>bản %1 đã lưu</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="73" />
      <source>User:</source>
      <translation>Người dùng:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="74" />
      <source>Password:</source>
      <translation>Mật khẩu:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="75" />
      <source>Sign in — Danvan Desktop</source>
      <translation>Đăng nhập — Danvan Desktop</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/login.py" line="76" />
      <source>Sign in to the editor's desk.</source>
      <translation>Đăng nhập vào bàn biên tập.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="185" />
      <source>Danvan Desktop — the editor's desk</source>
      <translation>Danvan Desktop — Bàn biên tập</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="187" />
      <source>New article</source>
      <translation>Bài mới</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="187" />
      <source>Start a new article in this category</source>
      <translation>Viết bài mới trong chuyên mục này</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="188" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="188" />
      <source>Save a revision (Ctrl+S)</source>
      <translation>Lưu một phiên bản (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="189" />
      <source>Submit for review</source>
      <translation>Gửi duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="189" />
      <source>Send the article to a reviewer</source>
      <translation>Gửi bài cho người duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="190" />
      <source>Approve</source>
      <translation>Duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="190" />
      <source>Approve this revision for publishing</source>
      <translation>Duyệt phiên bản này để xuất bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="192" />
      <source>Request changes</source>
      <translation>Yêu cầu sửa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="193" />
      <source>Send the article back to its editor with a comment</source>
      <translation>Trả bài về cho biên tập viên kèm ý kiến</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="196" />
      <source>Publish</source>
      <translation>Xuất bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="197" />
      <source>Export approved articles as a signed package for the portal</source>
      <translation>Xuất các bài đã duyệt thành gói tin có chữ ký cho cổng thông tin</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="199" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="199" />
      <source>Language, tone marks, autosave, database</source>
      <translation>Ngôn ngữ, kiểu bỏ dấu, tự lưu, cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="200" />
      <source>Quit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="202" />
      <source>Apply the house tone-mark style</source>
      <translation>Áp dụng kiểu bỏ dấu của cơ quan</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="203" />
      <source>Write oa, oe, uy tone marks the way Settings say (hòa or hoà)</source>
      <translation>Đặt dấu thanh ở oa, oe, uy theo Cài đặt (hòa hoặc hoà)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="205" />
      <source>Preview</source>
      <translation>Xem trước</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="205" />
      <source>Show or hide the portal preview (F9)</source>
      <translation>Hiện hoặc ẩn bản xem trước trên cổng (F9)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="210" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="211" />
      <source>&amp;Article</source>
      <translation>&amp;Bài viết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="212" />
      <source>&amp;View</source>
      <translation>&amp;Xem</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="366" />
      <source>Copy my text</source>
      <translation>Sao chép nội dung của tôi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="367" />
      <source>Open the saved version</source>
      <translation>Mở bản đã lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/main_window.py" line="368" />
      <source>Compare</source>
      <translation>So sánh</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="21" />
      <source>Someone else saved this article while you were editing it. Your text is kept in the editor: copy what you need, reload the article, and save again.</source>
      <translation>Người khác đã lưu bài này trong lúc bạn đang sửa. Nội dung của bạn vẫn còn trong trình soạn thảo: hãy sao chép phần cần giữ, mở lại bài rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="26" />
      <source>The article changed after you opened it. Read the new revision before approving.</source>
      <translation>Bài viết đã thay đổi sau khi bạn mở. Hãy đọc phiên bản mới trước khi duyệt.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="30" />
      <source>Wrong user name or password.</source>
      <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="31" />
      <source>This account is locked after repeated failures. Try again later.</source>
      <translation>Tài khoản tạm khóa vì đăng nhập sai nhiều lần. Hãy thử lại sau.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="34" />
      <source>This account has been deactivated.</source>
      <translation>Tài khoản này đã bị vô hiệu hóa.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="35" />
      <source>Your roles do not allow this action.</source>
      <translation>Vai trò của bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="36" />
      <source>You cannot approve an article you wrote or edited: another reviewer must approve it.</source>
      <translation>Bạn không thể duyệt bài do chính mình viết hoặc sửa: cần một người duyệt khác.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="40" />
      <source>The article's current state does not allow this action.</source>
      <translation>Trạng thái hiện tại của bài không cho phép thao tác này.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="43" />
      <source>This article can no longer be edited in its current state.</source>
      <translation>Bài viết ở trạng thái này không thể sửa được nữa.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="46" />
      <source>The article needs a title.</source>
      <translation>Bài viết cần có tiêu đề.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="47" />
      <source>The title must be a single line.</source>
      <translation>Tiêu đề chỉ được một dòng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="48" />
      <source>Please say what needs to change.</source>
      <translation>Hãy ghi rõ cần sửa những gì.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="49" />
      <source>The article no longer exists.</source>
      <translation>Bài viết không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="50" />
      <source>The category no longer exists.</source>
      <translation>Chuyên mục không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="51" />
      <source>A picture of this article is missing from the database.</source>
      <translation>Một ảnh của bài viết không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="54" />
      <source>Only JPEG, PNG, GIF and WebP pictures can be used.</source>
      <translation>Chỉ dùng được ảnh JPEG, PNG, GIF và WebP.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="57" />
      <source>The picture is too large (at most 25 MB).</source>
      <translation>Ảnh quá lớn (tối đa 25 MB).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="58" />
      <source>The file is empty.</source>
      <translation>Tệp rỗng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="59" />
      <source>A name is required.</source>
      <translation>Cần nhập tên.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="60" />
      <source>A category cannot be moved inside itself.</source>
      <translation>Không thể chuyển một chuyên mục vào bên trong chính nó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>There is no backup by that name in the backups folder.</source>
      <translation>Không có bản sao lưu nào mang tên đó trong thư mục sao lưu.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>Comments can point only into the title, sapo or body.</source>
      <translation>Góp ý chỉ gắn được vào tiêu đề, sapo hoặc nội dung.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>The passage the comment points to is no longer in the text.</source>
      <translation>Đoạn văn mà góp ý gắn vào không còn trong bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>That comment no longer exists.</source>
      <translation>Góp ý này không còn nữa.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>The comment is too long: keep it short, or split it.</source>
      <translation>Góp ý quá dài: hãy viết ngắn lại hoặc tách thành nhiều góp ý.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>There is no database file at that place.</source>
      <translation>Không có tệp cơ sở dữ liệu ở chỗ đó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>Write something in the comment first.</source>
      <translation>Hãy viết nội dung góp ý trước đã.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>That folder does not exist: choose another.</source>
      <translation>Thư mục này không tồn tại: hãy chọn thư mục khác.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>The database server refused to create the login: connect as its owner, with the right to create roles.</source>
      <translation>Máy chủ cơ sở dữ liệu không cho tạo tài khoản đăng nhập: hãy kết nối bằng tài khoản chủ sở hữu, có quyền tạo vai trò.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>Database logins exist only in team mode (PostgreSQL).</source>
      <translation>Tài khoản đăng nhập cơ sở dữ liệu chỉ có ở chế độ làm việc nhóm (PostgreSQL).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>There is no database here yet: start the desk once, or run danvan init.</source>
      <translation>Ở đây chưa có cơ sở dữ liệu: hãy mở chương trình một lần, hoặc chạy danvan init.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>A user needs at least one role.</source>
      <translation>Mỗi người dùng cần ít nhất một vai trò.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>The passage the comment quotes is not in the text any more.</source>
      <translation>Đoạn được trích trong góp ý không còn trong bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>A reply belongs to the same article as the comment it answers.</source>
      <translation>Trả lời phải thuộc cùng bài với góp ý được trả lời.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>That revision of the article does not exist.</source>
      <translation>Phiên bản này của bài không tồn tại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>No font with Vietnamese letters for the approval slip: reinstall Danvan Desktop.</source>
      <translation>Không có phông chữ tiếng Việt để in phiếu duyệt: hãy cài lại Danvan Desktop.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>Unknown role: choose editor, reviewer, publisher or admin.</source>
      <translation>Vai trò không hợp lệ: chọn biên tập viên, người duyệt, người xuất bản hoặc quản trị.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>There is no user by that name.</source>
      <translation>Không có người dùng nào mang tên đó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>The name has no letter or digit to make a web address from.</source>
      <translation>Tên này không có chữ cái hay chữ số nào để tạo địa chỉ web.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="61" />
      <source>User names use 2–64 lowercase letters without diacritics, digits, '.', '_' or '-'.</source>
      <translation>Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, chữ số, '.', '_' hoặc '-'.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="65" />
      <source>This user name is already taken.</source>
      <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="66" />
      <source>The password is too short.</source>
      <translation>Mật khẩu quá ngắn.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="67" />
      <source>The database has already been set up.</source>
      <translation>Cơ sở dữ liệu đã được thiết lập rồi.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="68" />
      <source>Cannot reach the database. Check the address and the network, then try again; text in the editor stays there.</source>
      <translation>Không kết nối được cơ sở dữ liệu. Hãy kiểm tra địa chỉ và kết nối mạng rồi thử lại; văn bản trong trình soạn thảo vẫn được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="71" />
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>Tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="74" />
      <source>The database address is not valid.</source>
      <translation>Địa chỉ cơ sở dữ liệu không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="75" />
      <source>The disk holding the database is full. Your text is still in the editor: free some space, then save again.</source>
      <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy. Nội dung của bạn vẫn còn trong trình soạn thảo: hãy giải phóng dung lượng rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="80" />
      <source>Could not write to the disk holding the database (it may be full, removed or failing). Your text is still in the editor: check the disk, then save again.</source>
      <translation>Không ghi được vào ổ đĩa chứa cơ sở dữ liệu (có thể đã đầy, bị rút ra hoặc hỏng). Nội dung của bạn vẫn còn trong trình soạn thảo: hãy kiểm tra ổ đĩa rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="85" />
      <source>The database file is read-only, so nothing can be saved. Your text is still in the editor: ask for write permission on the file, then save again.</source>
      <translation>Tệp cơ sở dữ liệu chỉ cho phép đọc nên không lưu được. Nội dung của bạn vẫn còn trong trình soạn thảo: hãy xin quyền ghi tệp rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="90" />
      <source>Another program is holding the database. Your text is still in the editor: close the other program or wait a moment, then save again.</source>
      <translation>Một chương trình khác đang giữ cơ sở dữ liệu. Nội dung của bạn vẫn còn trong trình soạn thảo: hãy đóng chương trình đó hoặc chờ một lát rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="95" />
      <source>The team database is backed up on the server (pg_dump); ask the administrator.</source>
      <translation>Cơ sở dữ liệu dùng chung được sao lưu trên máy chủ (pg_dump); hãy hỏi quản trị viên.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="99" />
      <source>The backup could not be made or checked.</source>
      <translation>Không tạo hoặc kiểm tra được bản sao lưu.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="100" />
      <source>This backup is damaged too. Choose an older one.</source>
      <translation>Bản sao lưu này cũng bị hỏng. Hãy chọn bản cũ hơn.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="101" />
      <source>There is no usable backup.</source>
      <translation>Không có bản sao lưu nào dùng được.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="102" />
      <source>Another desk is saving to the database, so the backup was not restored. Close the other desks first, then restore again.</source>
      <translation>Một bàn làm việc khác đang lưu vào cơ sở dữ liệu nên bản sao lưu chưa được khôi phục. Hãy đóng các bàn làm việc khác trước, rồi khôi phục lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="107" />
      <source>The backup could not be restored; the database was left as it was.</source>
      <translation>Không khôi phục được bản sao lưu; cơ sở dữ liệu được giữ nguyên như trước.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="103" />
      <source>The same file was imported before; it was skipped.</source>
      <translation>Tệp này đã được nhập trước đây nên được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="106" />
      <source>The file is damaged or not in the form its name says.</source>
      <translation>Tệp bị hỏng hoặc không đúng định dạng như tên gọi.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="109" />
      <source>The Word document is password-protected: remove the password in Word (File → Info → Protect Document) and import it again.</source>
      <translation>Tài liệu Word có mật khẩu: hãy gỡ mật khẩu trong Word (Tệp → Thông tin → Bảo vệ tài liệu) rồi nhập lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="114" />
      <source>This is an old Word 97–2003 (.doc) file: open it in Word, save it as Word Document (.docx) and import that.</source>
      <translation>Đây là tệp Word 97–2003 (.doc) cũ: hãy mở bằng Word, lưu thành Word Document (.docx) rồi nhập tệp đó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="119" />
      <source>This kind of file cannot be imported: use Word (.docx), web pages (.html), text (.txt) or Markdown (.md).</source>
      <translation>Không nhập được loại tệp này: hãy dùng Word (.docx), trang web (.html), văn bản (.txt) hoặc Markdown (.md).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="124" />
      <source>The file expands far beyond any real document; it was not opened.</source>
      <translation>Tệp giải nén ra lớn bất thường so với một tài liệu thật nên không được mở.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="127" />
      <source>The file is too large to import.</source>
      <translation>Tệp quá lớn, không nhập được.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="128" />
      <source>The file cannot be read (it may be open in another program).</source>
      <translation>Không đọc được tệp (có thể đang mở trong chương trình khác).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="131" />
      <source>The file no longer exists.</source>
      <translation>Tệp không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="132" />
      <source>The file is not text or a web page.</source>
      <translation>Tệp không phải văn bản hay trang web.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="133" />
      <source>No article text was found in the file.</source>
      <translation>Không tìm thấy nội dung bài viết trong tệp.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="134" />
      <source>The text is too long for one article.</source>
      <translation>Văn bản quá dài cho một bài viết.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="135" />
      <source>The text's encoding cannot be read; save it as UTF-8 and try again.</source>
      <translation>Không đọc được bảng mã của văn bản; hãy lưu thành UTF-8 rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="138" />
      <source>Too many files at once: import at most 5,000 in one go.</source>
      <translation>Quá nhiều tệp một lúc: mỗi lần nhập tối đa 5.000 tệp.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="142" />
      <source>Someone else is editing this article.</source>
      <translation>Người khác đang sửa bài này.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="143" />
      <source>Only the article's own editor or an administrator can take it over.</source>
      <translation>Chỉ biên tập viên của bài hoặc quản trị mới được tiếp quản.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="155" />
      <source>The action was refused: {reason}</source>
      <translation>Thao tác bị từ chối: {reason}</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="158" />
      <source>Unexpected error: {error}</source>
      <translation>Lỗi không mong đợi: {error}</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="172" />
      <source>Text in an old Vietnamese font (TCVN3/VNI) was converted to Unicode.</source>
      <translation>Văn bản phông tiếng Việt cũ (TCVN3/VNI) đã được chuyển sang Unicode.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="175" />
      <source>No title was found: the file name became the title.</source>
      <translation>Không tìm thấy tiêu đề: tên tệp được dùng làm tiêu đề.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="178" />
      <source>A picture was not found beside the file and was left out.</source>
      <translation>Không tìm thấy một ảnh bên cạnh tệp nên đã bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="181" />
      <source>A picture is only linked, not inserted in the document; it was left out.</source>
      <translation>Một ảnh chỉ được liên kết, không chèn trong tài liệu nên đã bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="184" />
      <source>A picture's data is missing from the file.</source>
      <translation>Dữ liệu của một ảnh bị thiếu trong tệp.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="185" />
      <source>A picture is not JPEG, PNG, GIF or WebP and was left out.</source>
      <translation>Một ảnh không phải JPEG, PNG, GIF hay WebP nên đã bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="188" />
      <source>A picture is too large and was left out.</source>
      <translation>Một ảnh quá lớn nên đã bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="195" />
      <source>Draft</source>
      <translation>Nháp</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="196" />
      <source>In review</source>
      <translation>Chờ duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="197" />
      <source>Changes requested</source>
      <translation>Cần sửa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="198" />
      <source>Approved</source>
      <translation>Đã duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="199" />
      <source>Published</source>
      <translation>Đã xuất bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="200" />
      <source>Withdrawn</source>
      <translation>Đã gỡ</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="218" />
      <source>editor</source>
      <translation>biên tập viên</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="219" />
      <source>reviewer</source>
      <translation>người duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="220" />
      <source>publisher</source>
      <translation>người xuất bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="221" />
      <source>administrator</source>
      <translation>quản trị</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="149" />
      <source>Not approved: only approved articles go out.</source>
      <translation>Chưa được duyệt: chỉ bài đã duyệt mới được xuất bản.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="150" />
      <source>Edited after approval: the approval no longer holds; it must be reviewed again.</source>
      <translation>Đã bị sửa sau khi duyệt: lần duyệt không còn hiệu lực, cần duyệt lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="154" />
      <source>A picture has no caption: the portal shows every picture with one.</source>
      <translation>Có ảnh chưa có chú thích: cổng thông tin đăng mọi ảnh kèm chú thích.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="180" />
      <source>The article's web address is not one the portal accepts (too long): edit and save the article, with a shorter title if need be, to give it a new one.</source>
      <translation>Địa chỉ web của bài không hợp lệ với cổng thông tin (quá dài): sửa và lưu lại bài, rút gọn tiêu đề nếu cần, để bài có địa chỉ mới.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="160" />
      <source>A picture is not JPEG, PNG, GIF or WebP and cannot be published.</source>
      <translation>Có ảnh không phải JPEG, PNG, GIF hay WebP nên không xuất bản được.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="163" />
      <source>A picture is damaged and cannot be cleaned of its camera data.</source>
      <translation>Có ảnh bị hỏng, không xóa được thông tin máy ảnh (EXIF, GPS) trong ảnh.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="166" />
      <source>Some text is not in standard Unicode (NFC): normalise it, then have it reviewed again.</source>
      <translation>Có đoạn chữ chưa ở dạng Unicode chuẩn (NFC): hãy chuẩn hóa văn bản rồi gửi duyệt lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="171" />
      <source>Some text is still in an old Vietnamese font encoding (TCVN3, VNI, VIQR): convert it, then have it reviewed again.</source>
      <translation>Có đoạn chữ còn ở bảng mã cũ (TCVN3, VNI, VIQR): hãy chuyển sang Unicode rồi gửi duyệt lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="177" />
      <source>No sapo (lead paragraph).</source>
      <translation>Chưa có sapo (đoạn dẫn).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="178" />
      <source>The sapo is repeated as the first paragraph of the body.</source>
      <translation>Sapo bị lặp lại ở đoạn đầu của thân bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="181" />
      <source>The signature (author's name) is empty.</source>
      <translation>Chưa có tên tác giả ở phần ký tên.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="200" />
      <source>The body holds HTML the portal's pages leave out (a script, frame, form or event handler): remove it, as a portal reading the Markdown would show it.</source>
      <translation>Nội dung có mã HTML mà trang của cổng thông tin bỏ đi (script, khung, biểu mẫu hoặc mã sự kiện): hãy xóa đi, vì cổng nào đọc trực tiếp Markdown sẽ hiện nó ra.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="183" />
      <source>Some chosen articles cannot be published yet (the reasons are in red in the list). Nothing was written.</source>
      <translation>Có bài đã chọn chưa thể xuất bản (lý do ghi màu đỏ trong danh sách). Chưa có tệp nào được ghi.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="188" />
      <source>Publishing was cancelled. No file was written and nothing was published.</source>
      <translation>Đã hủy xuất bản. Không có tệp nào được ghi và không bài nào được xuất bản.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="191" />
      <source>An article was edited while the package was being made, so nothing was published and no file was written. Check the list and publish again.</source>
      <translation>Có bài bị sửa trong lúc đang tạo gói tin, nên chưa bài nào được xuất bản và không có tệp nào được ghi. Hãy xem lại danh sách rồi xuất bản lại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="196" />
      <source>Choose at least one article to publish or to withdraw.</source>
      <translation>Hãy chọn ít nhất một bài để xuất bản hoặc gỡ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="199" />
      <source>The destination is a folder: give the package a file name (.zip).</source>
      <translation>Nơi lưu là một thư mục: hãy đặt tên tệp cho gói tin (.zip).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="208" />
      <source>An article's identifier is not valid.</source>
      <translation>Mã định danh của một bài không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="209" />
      <source>The same article is in the package twice.</source>
      <translation>Một bài xuất hiện hai lần trong gói tin.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="210" />
      <source>Several articles match; give the full identifier.</source>
      <translation>Có nhiều bài trùng mã này; hãy ghi đầy đủ mã định danh.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="211" />
      <source>The passphrase needs at least 8 characters.</source>
      <translation>Mật khẩu khóa ký cần ít nhất 8 ký tự.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="214" />
      <source>A signing key already exists on this computer; use its passphrase.</source>
      <translation>Máy này đã có khóa ký; hãy dùng mật khẩu của khóa đó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="217" />
      <source>There is no signing key on this computer yet: create one first.</source>
      <translation>Máy này chưa có khóa ký: hãy tạo khóa trước.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="220" />
      <source>Wrong passphrase: the signing key could not be unlocked.</source>
      <translation>Sai mật khẩu: không mở được khóa ký.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="223" />
      <source>The signing key file is not a valid key.</source>
      <translation>Tệp khóa ký không phải là khóa hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="224" />
      <source>The public key file is not a valid key.</source>
      <translation>Tệp khóa công khai không phải là khóa hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="226" />
      <source>The package file does not exist.</source>
      <translation>Tệp gói tin không tồn tại.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="227" />
      <source>This file is not a portal package (.zip).</source>
      <translation>Tệp này không phải gói tin của cổng thông tin (.zip).</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="228" />
      <source>The package holds a file with a dangerous name; it was not opened.</source>
      <translation>Gói tin chứa tệp có tên nguy hiểm; gói không được mở.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="231" />
      <source>The package holds two files with the same name; it was not opened.</source>
      <translation>Gói tin chứa hai tệp trùng tên; gói không được mở.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="234" />
      <source>The package holds a link to another file; it was not opened.</source>
      <translation>Gói tin chứa liên kết tới tệp khác; gói không được mở.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="237" />
      <source>The package holds a file the format does not allow; it was not opened.</source>
      <translation>Gói tin chứa tệp mà định dạng không cho phép; gói không được mở.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="240" />
      <source>The package holds an encrypted file; it was not opened.</source>
      <translation>Gói tin chứa tệp bị mã hóa; gói không được mở.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="243" />
      <source>The package is compressed in a way the desk does not read.</source>
      <translation>Gói tin được nén theo cách phần mềm không đọc được.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="246" />
      <source>The package holds too many files.</source>
      <translation>Gói tin chứa quá nhiều tệp.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="247" />
      <source>A file in the package is too large.</source>
      <translation>Một tệp trong gói tin quá lớn.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="248" />
      <source>A file in the package expands far beyond any real content; refused.</source>
      <translation>Một tệp trong gói tin bung ra lớn bất thường so với nội dung thật; đã từ chối.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="251" />
      <source>The package is too large.</source>
      <translation>Gói tin quá lớn.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="252" />
      <source>The package has no table of contents (manifest.json) or no signature.</source>
      <translation>Gói tin thiếu mục lục (manifest.json) hoặc thiếu chữ ký.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="255" />
      <source>The package's signature is damaged.</source>
      <translation>Chữ ký của gói tin bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="256" />
      <source>The package was signed with a key this office does not trust.</source>
      <translation>Gói tin được ký bằng khóa mà cơ quan chưa tin cậy.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="259" />
      <source>The signature does not match: the package was altered after signing.</source>
      <translation>Chữ ký không khớp: gói tin đã bị sửa sau khi ký.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="262" />
      <source>A record in the package is not valid JSON.</source>
      <translation>Một bản ghi trong gói tin không phải JSON hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="263" />
      <source>The package is in a format version this desk does not know.</source>
      <translation>Gói tin có phiên bản định dạng mà phần mềm này chưa biết.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="266" />
      <source>A record in the package does not follow the package format.</source>
      <translation>Một bản ghi trong gói tin không đúng định dạng gói tin.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="269" />
      <source>The package's table of contents is invalid.</source>
      <translation>Mục lục của gói tin không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="270" />
      <source>The package holds a file its table of contents does not list.</source>
      <translation>Gói tin chứa tệp không có trong mục lục.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="273" />
      <source>A file listed in the package's table of contents is missing.</source>
      <translation>Thiếu một tệp có trong mục lục của gói tin.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="276" />
      <source>A file in the package is damaged.</source>
      <translation>Một tệp trong gói tin bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="277" />
      <source>A file in the package has the wrong size: it was altered or damaged.</source>
      <translation>Một tệp trong gói tin sai kích thước: đã bị sửa hoặc bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="280" />
      <source>A file in the package does not match its fingerprint: altered or damaged.</source>
      <translation>Một tệp trong gói tin không khớp mã băm: đã bị sửa hoặc bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="283" />
      <source>An article record in the package is invalid.</source>
      <translation>Một bản ghi bài viết trong gói tin không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="284" />
      <source>An article record disagrees with the package's table of contents.</source>
      <translation>Một bản ghi bài viết không khớp với mục lục của gói tin.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="287" />
      <source>An article in the package already exists here with different content; nothing was imported.</source>
      <translation>Một bài trong gói tin đã có ở máy này với nội dung khác; không có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="292" />
      <source>An article in the package uses a web address (slug) another article has here; nothing was imported.</source>
      <translation>Một bài trong gói tin dùng địa chỉ web (slug) đã thuộc về bài khác ở máy này; không có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/messages.py" line="317" />
      <source>Cannot write the package there ({reason}). Choose another folder, such as Documents; nothing was published.</source>
      <translation>Không ghi được gói tin vào đó ({reason}). Hãy chọn thư mục khác, ví dụ Tài liệu (Documents); chưa bài nào được xuất bản.</translation>
    </message>
  </context>
  <context>
    <name>PackageDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="60" />
      <source>Portal package — %1</source>
      <translation>Gói cổng thông tin — %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="62" />
      <source>Checking the package…</source>
      <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="68" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="68" />
      <source>Category</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="68" />
      <source>Author</source>
      <translation>Tác giả</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="68" />
      <source>Approved by</source>
      <translation>Người duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="79" />
      <source>Verified: signed with this office's key %1; every file checked.</source>
      <translation>Đã xác thực: ký bằng khóa %1 của cơ quan; mọi tệp đều đã kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="83" />
      <source>Not verified: %1 The list below is only what the package claims.</source>
      <translation>Chưa xác thực: %1 Danh sách dưới đây chỉ là những gì gói tự khai.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="88" />
      <source>Made %1 by %2 · %3 article(s), %4 withdrawal(s)</source>
      <translation>Tạo lúc %1 bởi %2 · %3 bài viết, %4 lệnh gỡ</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/package_dialog.py" line="110" />
      <source>This file cannot be read as a portal package: %1</source>
      <translation>Không đọc được tệp này như một gói cổng thông tin: %1</translation>
    </message>
  </context>
  <context>
    <name>PictureController</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/pictures.py" line="34" />
      <source>Choose a picture</source>
      <translation>Chọn ảnh</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/pictures.py" line="36" />
      <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
      <translation>Ảnh (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/pictures.py" line="74" />
      <source>Caption of the picture</source>
      <translation>Chú thích ảnh</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/preview.py" line="87" />
      <source>The preview appears here.</source>
      <translation>Bản xem trước hiện ở đây.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/preview.py" line="166" />
      <source>(untitled)</source>
      <translation>(chưa có tiêu đề)</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="35" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="41" />
      <source>Unlocking the key and reading %1 article(s)…</source>
      <translation>Đang mở khóa ký và đọc %1 bài…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="50" />
      <source>Writing the package: %1 of %2…</source>
      <translation>Đang tạo gói tin: %1/%2…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="53" />
      <source>Signing and saving the package…</source>
      <translation>Đang ký và lưu gói tin…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="57" />
      <source>Cancelling: nothing will be written…</source>
      <translation>Đang hủy: sẽ không có tệp nào được ghi…</translation>
    </message>
  </context>
  <context>
    <name>Proofing</name>
    <message numerus="yes">
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="168" />
      <source>Text normalised: %n field(s) changed</source>
      <translation>
        <numerusform>Đã chuẩn hóa văn bản: %n trường thay đổi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="170" />
      <source>The text is already normalised</source>
      <translation>Văn bản đã chuẩn rồi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="195" />
      <source>&amp;Text</source>
      <translation>&amp;Văn bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="198" />
      <source>Normalise text</source>
      <translation>Chuẩn hóa văn bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="199" />
      <source>Unicode, house tone marks, spaces and quotes in every field (%1)</source>
      <translation>Unicode, kiểu bỏ dấu của cơ quan, khoảng trắng và ngoặc kép ở mọi trường (%1)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="202" />
      <source>Fix all safe findings</source>
      <translation>Sửa mọi lỗi an toàn</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="203" />
      <source>Apply every safe fix listed in the house-style panel</source>
      <translation>Áp dụng mọi sửa lỗi an toàn trong bảng quy cách</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="206" />
      <source>Check spelling as you type</source>
      <translation>Kiểm tra chính tả khi gõ</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="207" />
      <source>Underline misspelt words and known confusions</source>
      <translation>Gạch chân từ sai chính tả và các lỗi hay nhầm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="209" />
      <source>House-style panel</source>
      <translation>Bảng quy cách</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/proofing.py" line="209" />
      <source>Show or hide (F7)</source>
      <translation>Hiện hoặc ẩn (F7)</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_dialog.py" line="77" />
      <source>Publish — export a package for the portal</source>
      <translation>Xuất bản — tạo gói tin cho cổng thông tin</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="48" />
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="53" />
      <source>The database will be replaced by the backup you choose. A copy of the database as it is now is kept first, so this can be undone.</source>
      <translation>Cơ sở dữ liệu sẽ được thay bằng bản sao lưu bạn chọn. Một bản sao của cơ sở dữ liệu hiện tại được giữ lại trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="60" />
      <source>Made at</source>
      <translation>Thời điểm tạo</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="60" />
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="60" />
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="73" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="83" />
      <source>There are no backups yet.</source>
      <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="92" />
      <source>automatic, at start</source>
      <translation>tự động, khi khởi động</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="94" />
      <source>made by hand</source>
      <translation>tạo thủ công</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="96" />
      <source>before a restore</source>
      <translation>trước khi khôi phục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/backup_dialogs.py" line="98" />
      <source>before a database upgrade</source>
      <translation>trước khi nâng cấp cơ sở dữ liệu</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_dock.py" line="162" />
      <source>Review</source>
      <translation>Duyệt bài</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_dock.py" line="165" />
      <source>This article</source>
      <translation>Bài này</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_dock.py" line="166" />
      <source>Review queue</source>
      <translation>Hàng chờ duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_dock.py" line="172" />
      <source>Waiting for me: %1 · returned to me: %2</source>
      <translation>Chờ tôi duyệt: %1 · trả lại cho tôi: %2</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_dock.py" line="163" />
      <source>Audit log…</source>
      <translation>Nhật ký kiểm toán…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_dock.py" line="164" />
      <source>Review panel</source>
      <translation>Bảng duyệt bài</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="136" />
      <source>Approve this revision</source>
      <translation>Duyệt phiên bản này</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="137" />
      <source>Request changes…</source>
      <translation>Yêu cầu sửa…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="138" />
      <source>Save approval slip…</source>
      <translation>Lưu phiếu duyệt…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="139" />
      <source>Print approval slip…</source>
      <translation>In phiếu duyệt…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="140" />
      <source>Read the new revision</source>
      <translation>Đọc phiên bản mới</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="141" />
      <source>Comments</source>
      <translation>Góp ý</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="142" />
      <source>History</source>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="220" />
      <source>No article open</source>
      <translation>Chưa mở bài nào</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="228" />
      <source>%1 · revision %2 · hash %3 · last edited by %4</source>
      <translation>%1 · phiên bản %2 · mã băm %3 · người sửa cuối %4</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="245" />
      <source>The article changed after you opened it. Read the new revision first.</source>
      <translation>Bài đã thay đổi sau khi bạn mở. Hãy đọc phiên bản mới trước.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="249" />
      <source>You wrote or edited this article: another reviewer must approve it</source>
      <translation>Bạn đã viết hoặc sửa bài này: cần một người duyệt khác</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="251" />
      <source>Approves exactly the revision whose hash is shown</source>
      <translation>Duyệt đúng phiên bản có mã băm đang hiển thị</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="310" />
      <source>Restore a revision</source>
      <translation>Khôi phục phiên bản</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="312" />
      <source>Make the text of revision %1 the current text? It is saved as a new revision; an approved article goes back to review.</source>
      <translation>Dùng nội dung của phiên bản %1 làm nội dung hiện tại? Nội dung được lưu thành phiên bản mới; bài đã duyệt sẽ quay lại chờ duyệt.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="388" />
      <source>Save the approval slip</source>
      <translation>Lưu phiếu duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="388" />
      <source>PDF documents (*.pdf)</source>
      <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_view.py" line="213" />
      <source>Sent back by %1 on %2: %3</source>
      <translation>%1 trả bài lúc %2: %3</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueModel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="108" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="108" />
      <source>Category</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="108" />
      <source>Submitted by</source>
      <translation>Người gửi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="108" />
      <source>Waiting</source>
      <translation>Đã chờ</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueuePanel</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="160" />
      <source>In review</source>
      <translation>Chờ duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="161" />
      <source>Waiting for me (%1)</source>
      <translation>Chờ tôi duyệt (%1)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="162" />
      <source>Returned to me (%1)</source>
      <translation>Trả lại cho tôi (%1)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/review_queue.py" line="166" />
      <source>Nothing here.</source>
      <translation>Không có bài nào.</translation>
    </message>
  </context>
  <context>
    <name>RevisionHistoryWidget</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="74" />
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="74" />
      <source>Change</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="74" />
      <source>State</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="74" />
      <source>By</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="74" />
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="76" />
      <source>Restore this revision…</source>
      <translation>Khôi phục phiên bản này…</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="78" />
      <source>Its text becomes a new revision; the history keeps everything in between</source>
      <translation>Nội dung của nó thành phiên bản mới; lịch sử vẫn giữ mọi phiên bản ở giữa</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="89" />
      <source>created</source>
      <translation>tạo mới</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="90" />
      <source>saved</source>
      <translation>lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="91" />
      <source>state change</source>
      <translation>đổi trạng thái</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="92" />
      <source>restored</source>
      <translation>khôi phục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/revision_history.py" line="93" />
      <source>save kept aside (conflict)</source>
      <translation>bản lưu để riêng (xung đột)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="34" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="48" />
      <source> s</source>
      <translation> giây</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="51" />
      <source>Empty: the database on this computer</source>
      <translation>Để trống: cơ sở dữ liệu trên máy này</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="56" />
      <source>Team mode: a PostgreSQL address such as postgresql://user@server/danvan. It applies at the next start.</source>
      <translation>Làm việc nhóm: địa chỉ PostgreSQL, ví dụ postgresql://user@server/danvan. Có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="63" />
      <source>Interface language:</source>
      <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="64" />
      <source>House tone-mark style:</source>
      <translation>Kiểu đặt dấu thanh của cơ quan:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="65" />
      <source>Keep a draft after a pause of:</source>
      <translation>Tự lưu bản nháp khi ngừng gõ:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="66" />
      <source>Database:</source>
      <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="68" />
      <source>Site name:</source>
      <translation>Tên trang:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="69" />
      <source>Banner:</source>
      <translation>Dòng chữ băng rôn:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="71" />
      <source>Only an administrator changes the database and the site</source>
      <translation>Chỉ quản trị viên mới thay đổi được cơ sở dữ liệu và thông tin trang</translation>
    </message>
  </context>
  <context>
    <name>SpellingMenu</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/spelling_menu.py" line="80" />
      <source>Often confused: did you mean “%1”?</source>
      <translation>Hay nhầm: có phải ý bạn là “%1”?</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/spelling_menu.py" line="83" />
      <source>The tone mark is on the wrong letter. Right-click for suggestions.</source>
      <translation>Dấu thanh đặt sai chữ. Bấm chuột phải để xem gợi ý.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/spelling_menu.py" line="84" />
      <source>Not in the dictionary. Right-click for suggestions.</source>
      <translation>Không có trong từ điển. Bấm chuột phải để xem gợi ý.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/spelling_menu.py" line="106" />
      <source>(no suggestions)</source>
      <translation>(không có gợi ý)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/spelling_menu.py" line="110" />
      <source>Add to dictionary</source>
      <translation>Thêm vào từ điển</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/editor/spelling_menu.py" line="113" />
      <source>Ignore</source>
      <translation>Bỏ qua</translation>
    </message>
  </context>
  <context>
    <name>StartupChecks</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="29" />
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="81" />
      <source>The database is damaged</source>
      <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="30" />
      <source>The database file is damaged, so the desk cannot open it safely.</source>
      <translation>Tệp cơ sở dữ liệu bị hỏng nên không thể mở an toàn.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="35" />
      <source>The newest backup that checks out is %1. Restore it? Work saved after that backup is not in it; the damaged file is kept in the backups folder for the administrator.</source>
      <translation>Bản sao lưu mới nhất còn dùng được là %1. Khôi phục bản này? Những gì lưu sau thời điểm đó không có trong bản sao lưu; tệp bị hỏng được giữ trong thư mục sao lưu cho quản trị viên.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="41" />
      <source>There is no backup to restore. Ask the administrator for help.</source>
      <translation>Không có bản sao lưu để khôi phục. Hãy nhờ quản trị viên giúp.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="49" />
      <source>Restore the newest backup</source>
      <translation>Khôi phục bản sao lưu mới nhất</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="52" />
      <source>Quit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="102" />
      <source>Database on a network share</source>
      <translation>Cơ sở dữ liệu nằm trên thư mục mạng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/startup_checks.py" line="104" />
      <source>The database file is on a network share. SQLite cannot lock it reliably there and the file can be damaged. Keep the database on this computer, or use team mode (PostgreSQL) to share it.</source>
      <translation>Tệp cơ sở dữ liệu nằm trên thư mục dùng chung qua mạng. SQLite không khóa tệp tin cậy ở đó và tệp có thể bị hỏng. Hãy để cơ sở dữ liệu trên máy này, hoặc dùng chế độ làm việc nhóm (PostgreSQL) để dùng chung.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionCheck</name>
    <message>
      <source>Check the connection</source>
      <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Đang kết nối…</translation>
    </message>
    <message>
      <source>There is no database file at %1.</source>
      <translation>Không có tệp cơ sở dữ liệu ở %1.</translation>
    </message>
    <message>
      <source>Connected to %1 at %2.</source>
      <translation>Đã kết nối tới %1 tại %2.</translation>
    </message>
    <message>
      <source>Everything the desk relies on is in order.</source>
      <translation>Mọi thiết lập phần mềm cần đều ổn.</translation>
    </message>
    <message>
      <source>The database is not set up for this version yet (%1): it is upgraded when the desk starts with it, or with “danvan init”.</source>
      <translation>Cơ sở dữ liệu chưa được nâng cấp cho phiên bản này (%1): sẽ được nâng cấp khi phần mềm khởi động với nó, hoặc bằng lệnh “danvan init”.</translation>
    </message>
    <message>
      <source>Needs attention: %1 is %2</source>
      <translation>Cần xem lại: %1 đang là %2</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="108" />
      <source>Open folder</source>
      <translation>Mở thư mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="109" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="99" />
      <source>Package:</source>
      <translation>Gói tin:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="100" />
      <source>Package id:</source>
      <translation>Mã gói tin:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="101" />
      <source>Size:</source>
      <translation>Dung lượng:</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="104" />
      <source>Carry this file to the portal; it checks the signature before using anything in it. The articles are now marked as published on this desk.</source>
      <translation>Hãy chuyển tệp này lên cổng thông tin; cổng sẽ kiểm tra chữ ký trước khi dùng bất cứ nội dung nào trong gói. Trên máy này, các bài đã được ghi nhận là đã xuất bản.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="120" />
      <source>Published %1 article(s).</source>
      <translation>Đã xuất bản %1 bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="122" />
      <source>Withdrew %1 article(s).</source>
      <translation>Đã gỡ %1 bài.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="129" />
      <source>Withdrawn: %1</source>
      <translation>Đã gỡ: %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_progress.py" line="134" />
      <source>%1 KB, %2 file(s)</source>
      <translation>%1 KB, %2 tệp</translation>
    </message>
  </context>
  <context>
    <name>UnsavedWork</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="130" />
      <source>The older unsaved text of “%1” was kept in the article's history (revision %2): compare or restore it there.</source>
      <translation>Văn bản chưa lưu trước đây của “%1” đã được giữ trong lịch sử bài (phiên bản %2): có thể so sánh hoặc khôi phục ở đó.</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="178" />
      <source>(untitled)</source>
      <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="79" />
      <source>Unsaved text of “%1” from %2 was kept. Restore it?</source>
      <translation>Nội dung chưa lưu của bài “%1” lúc %2 vẫn còn giữ. Khôi phục lại?</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="82" />
      <source>(%1 more unsaved texts are waiting after this one.)</source>
      <translation>(Còn %1 nội dung chưa lưu khác đang chờ sau nội dung này.)</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="79" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="4" />
      <source>Discard</source>
      <translation>Bỏ đi</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="122" />
      <source>“%1” has unsaved changes. Save them as a revision before going on?</source>
      <translation>Bài “%1” có thay đổi chưa lưu. Lưu thành một phiên bản trước khi tiếp tục?</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="125" />
      <source>Unsaved changes</source>
      <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="144" />
      <source>The article has unsaved changes. Save them before closing?</source>
      <translation>Bài viết có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="158" />
      <source>Unsaved text was kept and never saved as a revision: %1. Close and have it offered again at the next start, discard it, or cancel to go back to it?</source>
      <translation>Nội dung chưa lưu vẫn còn giữ nhưng chưa được lưu thành phiên bản: %1. Đóng và được hỏi lại ở lần mở sau, bỏ đi, hay hủy để quay lại xử lý?</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/unsaved_work.py" line="163" />
      <source>Unsaved text kept</source>
      <translation>Còn nội dung chưa lưu</translation>
    </message>
  </context>
  <context>
    <name>WithdrawalList</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="264" />
      <source>Article</source>
      <translation>Bài viết</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="264" />
      <source>Category</source>
      <translation>Chuyên mục</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/publish_list.py" line="264" />
      <source>Published at</source>
      <translation>Xuất bản lúc</translation>
    </message>
  </context>
  <context>
    <name>QueueBadges</name>
    <message>
      <location filename="../../src/danvan_desktop/gui/queue_badges.py" line="55" />
      <source>Waiting for my review: %1</source>
      <translation>Chờ tôi duyệt: %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/queue_badges.py" line="56" />
      <source>Returned to me: %1</source>
      <translation>Trả lại cho tôi: %1</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/queue_badges.py" line="62" />
      <source>Articles in review that you can approve</source>
      <translation>Bài đang chờ duyệt mà bạn có thể duyệt</translation>
    </message>
    <message>
      <location filename="../../src/danvan_desktop/gui/queue_badges.py" line="63" />
      <source>Your articles sent back with a request for changes</source>
      <translation>Bài của bạn bị trả lại kèm yêu cầu sửa</translation>
    </message>
  </context>
</TS>
