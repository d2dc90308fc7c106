<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="155"/>
        <source>bold text</source>
        <translation>chữ đậm</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="156"/>
        <source>italic</source>
        <translation>chữ nghiêng</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="187"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="192"/>
        <source>Insert link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="192"/>
        <source>Web address:</source>
        <translation>Địa chỉ web:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="223"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="224"/>
        <source>Sapo: the lead that sums up the article</source>
        <translation>Sapo: đoạn dẫn tóm tắt bài viết</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="225"/>
        <source>Signature, category and picture</source>
        <translation>Chữ ký, chuyên mục và ảnh</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="227"/>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="228"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="229"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="230"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="231"/>
        <source>Tags</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="232"/>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="236"/>
        <source>Name in the signature</source>
        <translation>Tên ở chữ ký cuối bài</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="237"/>
        <source>e.g. Ban Dân vận Huyện ủy Quỳnh Lưu</source>
        <translation>vd. Ban Dân vận Huyện ủy Quỳnh Lưu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="238"/>
        <source>Where the article comes from</source>
        <translation>Bài viết lấy từ đâu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="239"/>
        <source>Separated by commas</source>
        <translation>Cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="240"/>
        <source>Caption of the feature picture</source>
        <translation>Chú thích ảnh đại diện</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="241"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="242"/>
        <source>Write the article here (Markdown)…</source>
        <translation>Viết nội dung bài ở đây (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="244"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="245"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="246"/>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="247"/>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="248"/>
        <source>Heading</source>
        <translation>Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="249"/>
        <source>Subheading</source>
        <translation>Tiêu đề phụ</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="250"/>
        <source>Bulleted list</source>
        <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="251"/>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="252"/>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="253"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="254"/>
        <source>Picture with caption</source>
        <translation>Ảnh có chú thích</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="255"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="256"/>
        <source>Horizontal rule</source>
        <translation>Đường kẻ ngang</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="257"/>
        <source>Find and replace</source>
        <translation>Tìm và thay thế</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="258"/>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="324"/>
        <source>Picture %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/article_editor.py" line="326"/>
        <source>No picture</source>
        <translation>Chưa có ảnh</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="101"/>
        <source>Search titles, sapo, authors, tags…</source>
        <translation>Tìm theo tiêu đề, sapo, tác giả, từ khóa…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="103"/>
        <source>Diacritics are optional: “dan van” finds “dân vận”, “dang” finds “Đảng”.</source>
        <translation>Gõ có dấu hay không dấu đều được: “dan van” tìm ra “dân vận”, “dang” tìm ra “Đảng”.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="108"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="114"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="114"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="114"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="114"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/danvan_desktop/gui/article_list.py" line="191"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryPanel</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="49"/>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="74"/>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="109"/>
        <source>New category…</source>
        <translation>Thêm chuyên mục…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="112"/>
        <source>New subcategory…</source>
        <translation>Thêm chuyên mục con…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="114"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="118"/>
        <source>New category</source>
        <translation>Chuyên mục mới</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="118"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="124"/>
        <source>Rename category</source>
        <translation>Đổi tên chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/category_panel.py" line="124"/>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/dialogs.py" line="16"/>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/dialogs.py" line="18"/>
        <source>What should the editor change in “%1”?</source>
        <translation>Biên tập viên cần sửa gì trong bài “%1”?</translation>
    </message>
</context>
<context>
    <name>DeskStartup</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/startup.py" line="117"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/startup.py" line="118"/>
        <source>The new database address applies at the next start.</source>
        <translation>Địa chỉ cơ sở dữ liệu mới có hiệu lực từ lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="103"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="104"/>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="105"/>
        <source>Ignore diacritics</source>
        <translation>Không phân biệt dấu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="106"/>
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="107"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="108"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="109"/>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="110"/>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/danvan_desktop/gui/editor/find_bar.py" line="143"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="126"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="127"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="128"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="129"/>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="130"/>
        <source>First start — Danvan Desktop</source>
        <translation>Khởi động lần đầu — Danvan Desktop</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="133"/>
        <source>This database has no users yet. Create the administrator account; the default categories and a sample article are added with it.</source>
        <translation>Cơ sở dữ liệu chưa có người dùng. Hãy tạo tài khoản quản trị; các chuyên mục mặc định và một bài viết mẫu sẽ được thêm cùng lúc.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="140"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="73"/>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="74"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="75"/>
        <source>Sign in — Danvan Desktop</source>
        <translation>Đăng nhập — Danvan Desktop</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/login.py" line="76"/>
        <source>Sign in to the editor&apos;s desk.</source>
        <translation>Đăng nhập vào bàn biên tập.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="169"/>
        <source>Danvan Desktop — the editor&apos;s desk</source>
        <translation>Danvan Desktop — Bàn biên tập</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="171"/>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="171"/>
        <source>Start a new article in this category</source>
        <translation>Viết bài mới trong chuyên mục này</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="172"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="172"/>
        <source>Save a revision (Ctrl+S)</source>
        <translation>Lưu một phiên bản (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="173"/>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="173"/>
        <source>Send the article to a reviewer</source>
        <translation>Gửi bài cho người duyệt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="174"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="174"/>
        <source>Approve this revision for publishing</source>
        <translation>Duyệt phiên bản này để xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="176"/>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="177"/>
        <source>Send the article back to its editor with a comment</source>
        <translation>Trả bài về cho biên tập viên kèm ý kiến</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="180"/>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="181"/>
        <source>Publishing goes through the portal export, which is not available yet</source>
        <translation>Xuất bản được thực hiện qua chức năng xuất gói lên cổng thông tin, hiện chưa có</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="183"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="183"/>
        <source>Language, tone marks, autosave, database</source>
        <translation>Ngôn ngữ, kiểu bỏ dấu, tự lưu, cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="184"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="185"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="185"/>
        <source>Show or hide the portal preview (F9)</source>
        <translation>Hiện hoặc ẩn bản xem trước trên cổng (F9)</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="191"/>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="215"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="221"/>
        <source>SQLite file</source>
        <translation>Tệp SQLite</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="221"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="240"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="241"/>
        <source>Unsaved text of “%1” from %2 was kept. Restore it?</source>
        <translation>Nội dung chưa lưu của bài “%1” lúc %2 vẫn còn giữ. Khôi phục lại?</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="246"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="247"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="290"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n chữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="290"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n phút đọc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="296"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="297"/>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="390"/>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="298"/>
        <source>Draft kept automatically</source>
        <translation>Đã tự lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="299"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="345"/>
        <source>Choose a picture</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="347"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="371"/>
        <source>Caption of the picture</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/main_window.py" line="391"/>
        <source>The article has unsaved changes. Save them before closing?</source>
        <translation>Bài viết có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="21"/>
        <source>Someone else saved this article while you were editing it. Your text is kept in the editor: copy what you need, reload the article, and save again.</source>
        <translation>Người khác đã lưu bài này trong lúc bạn đang sửa. Nội dung của bạn vẫn còn trong trình soạn thảo: hãy sao chép phần cần giữ, mở lại bài rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="26"/>
        <source>The article changed after you opened it. Read the new revision before approving.</source>
        <translation>Bài viết đã thay đổi sau khi bạn mở. Hãy đọc phiên bản mới trước khi duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="30"/>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="31"/>
        <source>This account is locked after repeated failures. Try again later.</source>
        <translation>Tài khoản tạm khóa vì đăng nhập sai nhiều lần. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="34"/>
        <source>This account has been deactivated.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="35"/>
        <source>Your roles do not allow this action.</source>
        <translation>Vai trò của bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="36"/>
        <source>You cannot approve an article you wrote or edited: another reviewer must approve it.</source>
        <translation>Bạn không thể duyệt bài do chính mình viết hoặc sửa: cần một người duyệt khác.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="40"/>
        <source>The article&apos;s current state does not allow this action.</source>
        <translation>Trạng thái hiện tại của bài không cho phép thao tác này.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="43"/>
        <source>This article can no longer be edited in its current state.</source>
        <translation>Bài viết ở trạng thái này không thể sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="46"/>
        <source>The article needs a title.</source>
        <translation>Bài viết cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="47"/>
        <source>The title must be a single line.</source>
        <translation>Tiêu đề chỉ được một dòng.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="48"/>
        <source>Please say what needs to change.</source>
        <translation>Hãy ghi rõ cần sửa những gì.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="49"/>
        <source>The article no longer exists.</source>
        <translation>Bài viết không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="50"/>
        <source>The category no longer exists.</source>
        <translation>Chuyên mục không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="51"/>
        <source>A picture of this article is missing from the database.</source>
        <translation>Một ảnh của bài viết không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="54"/>
        <source>Only JPEG, PNG, GIF and WebP pictures can be used.</source>
        <translation>Chỉ dùng được ảnh JPEG, PNG, GIF và WebP.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="57"/>
        <source>The picture is too large (at most 25 MB).</source>
        <translation>Ảnh quá lớn (tối đa 25 MB).</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="58"/>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="59"/>
        <source>A name is required.</source>
        <translation>Cần nhập tên.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="60"/>
        <source>A category cannot be moved inside itself.</source>
        <translation>Không thể chuyển một chuyên mục vào bên trong chính nó.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="61"/>
        <source>User names use 2–64 lowercase letters without diacritics, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="65"/>
        <source>This user name is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="66"/>
        <source>The password is too short.</source>
        <translation>Mật khẩu quá ngắn.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="67"/>
        <source>The database has already been set up.</source>
        <translation>Cơ sở dữ liệu đã được thiết lập rồi.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="68"/>
        <source>Cannot open the database. Check the address and the network.</source>
        <translation>Không mở được cơ sở dữ liệu. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="71"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="74"/>
        <source>The database address is not valid.</source>
        <translation>Địa chỉ cơ sở dữ liệu không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="84"/>
        <source>The action was refused: {reason}</source>
        <translation>Thao tác bị từ chối: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="87"/>
        <source>Unexpected error: {error}</source>
        <translation>Lỗi không mong đợi: {error}</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="94"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="95"/>
        <source>In review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="96"/>
        <source>Changes requested</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="97"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="98"/>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="99"/>
        <source>Withdrawn</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="117"/>
        <source>editor</source>
        <translation>biên tập viên</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="118"/>
        <source>reviewer</source>
        <translation>người duyệt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="119"/>
        <source>publisher</source>
        <translation>người xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/messages.py" line="120"/>
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/preview.py" line="86"/>
        <source>The preview appears here.</source>
        <translation>Bản xem trước hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/preview.py" line="156"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="48"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="51"/>
        <source>Empty: the database on this computer</source>
        <translation>Để trống: cơ sở dữ liệu trên máy này</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="56"/>
        <source>Team mode: a PostgreSQL address such as postgresql://user@server/danvan. It applies at the next start.</source>
        <translation>Làm việc nhóm: địa chỉ PostgreSQL, ví dụ postgresql://user@server/danvan. Có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="63"/>
        <source>Interface language:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="64"/>
        <source>House tone-mark style:</source>
        <translation>Kiểu đặt dấu thanh của cơ quan:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="65"/>
        <source>Keep a draft after a pause of:</source>
        <translation>Tự lưu bản nháp khi ngừng gõ:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="66"/>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="68"/>
        <source>Site name:</source>
        <translation>Tên trang:</translation>
    </message>
    <message>
        <location filename="../../src/danvan_desktop/gui/settings_dialog.py" line="69"/>
        <source>Banner:</source>
        <translation>Dòng chữ băng rôn:</translation>
    </message>
</context>
</TS>
