<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>pl::ui::HitDelegate</name>
    <message>
        <location filename="../ui/views/hitdelegate.cpp" line="+37"/>
        <source>%1 · p. %2</source>
        <translation>%1 · %2쪽</translation>
    </message>
</context>
<context>
    <name>pl::ui::LibraryModel</name>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="+63"/>
        <source>The pages are scanned images: their text cannot be searched until it is recognised (OCR).</source>
        <translation>스캔한 이미지로 된 페이지입니다. 문자 인식(OCR)을 하기 전에는 본문을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Needs OCR</source>
        <translation>OCR 필요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text</source>
        <translation>텍스트 없음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>발행 기관</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>pl::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/mainwindow.cpp" line="+73"/>
        <source>file not found</source>
        <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PDF file</source>
        <translation>PDF 파일이 아님</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is damaged</source>
        <translation>손상된 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is protected by a password</source>
        <translation>암호로 보호된 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong password</source>
        <translation>암호가 틀림</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF has no pages</source>
        <translation>페이지가 없는 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Library</source>
        <translation>자료실</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop importing; documents already added stay in the library</source>
        <translation>가져오기를 멈춥니다. 이미 추가된 문서는 자료실에 남습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the PDF: %1</source>
        <translation>PDF를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import &amp;Files…</source>
        <translation>파일 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add PDF files to the library</source>
        <translation>PDF 파일을 자료실에 추가합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import F&amp;older…</source>
        <translation>폴더 가져오기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every PDF in a folder and its subfolders</source>
        <translation>폴더와 하위 폴더의 모든 PDF를 추가합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search all documents, e.g. 인공지능 예산</source>
        <translation>모든 문서에서 검색 (예: 인공지능 예산)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;exact phrase&quot;, -excluded, OR, doc:N, year:2023..2025</source>
        <translation>낱말, &quot;정확한 구절&quot;, -제외할 낱말, OR, doc:N, year:2023..2025</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop PDF files here or use File → Import</source>
        <translation>PDF 파일을 여기로 끌어다 놓거나 파일 → 가져오기를 사용하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, issuer or date</source>
        <translation>제목, 발행 기관, 날짜로 거르기</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+290"/>
        <source>Type in the search box to find passages in all documents.</source>
        <translation>검색창에 입력하면 모든 문서에서 해당 구절을 찾습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="-256"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import PDF files</source>
        <translation>PDF 파일 가져오기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF 문서 (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder of PDF files</source>
        <translation>PDF 파일 폴더 가져오기</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for PDF files…</source>
        <translation>PDF 파일을 찾는 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling import…</source>
        <translation>가져오기를 취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>문서 %n건을 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n건은 이미 자료실에 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n건 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n건 취소됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password for “%1” is wrong. Try again:</source>
        <translation>“%1”의 암호가 틀렸습니다. 다시 입력하세요:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is protected by a password. Enter it to import the file:</source>
        <translation>“%1” 파일은 암호로 보호되어 있습니다. 가져오려면 암호를 입력하세요:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password required</source>
        <translation>암호 필요</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>파일 %n개를 가져오지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot search for “%1”: %2</source>
        <translation>“%1”을(를) 검색할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No passages match “%1”.</source>
        <translation>“%1”과(와) 일치하는 구절이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The best %n passages for “%1”:</source>
        <translation>
            <numerusform>“%1” 검색 결과 상위 %n건:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage(s) match “%1”:</source>
        <translation>
            <numerusform>“%1” 검색 결과 %n건:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::PageView</name>
    <message>
        <location filename="../ui/reader/pageview.cpp" line="+157"/>
        <source>Rendering page %1…</source>
        <translation>%1쪽을 그리는 중…</translation>
    </message>
</context>
<context>
    <name>pl::ui::ReaderWidget</name>
    <message>
        <location filename="../ui/reader/readerwidget.cpp" line="+81"/>
        <source>Choose a document in the library or a search hit to read it here.</source>
        <translation>자료실의 문서나 검색 결과를 고르면 여기에서 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>폭 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale the page to the width of the view</source>
        <translation>페이지를 화면 폭에 맞춥니다</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No text on this page.</source>
        <translation>이 쪽에는 텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The document is no longer in the library.</source>
        <translation>이 문서는 더 이상 자료실에 없습니다.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>This page is a scanned image; its text needs OCR.</source>
        <translation>스캔한 이미지로 된 쪽입니다. 텍스트를 읽으려면 OCR이 필요합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>pl::ui::SearchHitModel</name>
    <message>
        <location filename="../ui/models/searchhitmodel.cpp" line="+36"/>
        <source>%1, p. %2: %3</source>
        <translation>%1, %2쪽: %3</translation>
    </message>
</context>
</TS>
