<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BriefingRenderer</name>
    <message>
        <location filename="../ui/export/briefingrenderer.cpp" line="+163"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation>인용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search hit</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fact</source>
        <translation>사실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget chart</source>
        <translation>예산 차트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country comparison</source>
        <translation>국가 비교</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <location line="+601"/>
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="-559"/>
        <location line="+412"/>
        <source>Search hit for “%1”</source>
        <translation>“%1” 검색 결과</translation>
    </message>
    <message>
        <location line="-406"/>
        <location line="+411"/>
        <source>Fact · %1</source>
        <translation>사실 · %1</translation>
    </message>
    <message>
        <location line="-393"/>
        <location line="+404"/>
        <source>Timeline %1 – %2</source>
        <translation>타임라인 %1 – %2</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>No dated facts in this range.</source>
        <translation>이 기간에는 날짜가 있는 사실이 없습니다.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No amounts to chart.</source>
        <translation>차트로 보일 금액이 없습니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+336"/>
        <source>Currency: %1</source>
        <translation>통화: %1</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+318"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="-279"/>
        <location line="+276"/>
        <source>No country is discussed in the library&apos;s documents.</source>
        <translation>자료실 문서에서 다루는 국가가 없습니다.</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+282"/>
        <source>Comment: %1</source>
        <translation>의견: %1</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+298"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+291"/>
        <source>cited: p.%1</source>
        <translation>인용 쪽: p.%1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactMenu</name>
    <message>
        <location filename="../ui/annotation/factmenu.cpp" line="+35"/>
        <source>Edit date…</source>
        <translation>날짜 고치기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit amount…</source>
        <translation>금액 고치기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove my fact (keep the highlight)</source>
        <translation>내가 표시한 사실 지우기(강조는 유지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject: not a date</source>
        <translation>거부: 날짜가 아님</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject: wrong amount</source>
        <translation>거부: 잘못된 금액</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the extracted value</source>
        <translation>추출된 값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <location filename="../ui/facts/moneyformat.cpp" line="+26"/>
        <source>%1조원</source>
        <translation>%1조원</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1억원</source>
        <translation>%1억원</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1만원</source>
        <translation>%1만원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1원</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 billion USD</source>
        <translation>%1십억 달러</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 million USD</source>
        <translation>%1백만 달러</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/views/savefilechooser.cpp" line="+23"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>pl::ui::AnalyticViews</name>
    <message>
        <location filename="../ui/views/analyticviews.cpp" line="+75"/>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>국가 비교</translation>
    </message>
</context>
<context>
    <name>pl::ui::AnnotationEditor</name>
    <message>
        <location filename="../ui/annotation/annotationeditor.cpp" line="+183"/>
        <source>Mark as fact “%1”</source>
        <translation>사실로 표시 “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight “%1”</source>
        <translation>강조 “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>The annotation no longer exists.</source>
        <translation>주석이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Edit annotation “%1”</source>
        <translation>주석 편집 “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove annotation “%1”</source>
        <translation>주석 삭제 “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reject “%1”</source>
        <translation>거부 “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct “%1”</source>
        <translation>수정 “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The correction no longer exists.</source>
        <translation>수정 내용이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore “%1”</source>
        <translation>되돌리기 “%1”</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note on the passage:</source>
        <translation>이 구절에 대한 메모:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags, separated by commas:</source>
        <translation>태그(쉼표로 구분):</translation>
    </message>
</context>
<context>
    <name>pl::ui::AnnotationListModel</name>
    <message>
        <location filename="../ui/annotation/annotationlistmodel.cpp" line="+70"/>
        <location line="+67"/>
        <source>%1 · p. %2</source>
        <translation>%1 · %2쪽</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>fact: %1</source>
        <translation>사실: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+70"/>
        <source>document removed: comes back when it is imported again</source>
        <translation>문서 삭제됨: 다시 가져오면 돌아옵니다</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>not found in the current version of the document</source>
        <translation>현재 문서 판에서 찾을 수 없음</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Rejected “%1”: not a date</source>
        <translation>거부함 “%1”: 날짜가 아님</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected “%1”: wrong amount</source>
        <translation>거부함 “%1”: 잘못된 금액</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected “%1” → %2</source>
        <translation>수정함 “%1” → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected “%1” → %2 %3</source>
        <translation>수정함 “%1” → %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your correction of an extracted fact. The extractor&apos;s output stays as it was read; Restore forgets the correction.</source>
        <translation>추출된 사실에 대한 사용자 수정입니다. 추출 결과는 읽은 그대로 남고, 되돌리기를 하면 수정이 사라집니다.</translation>
    </message>
</context>
<context>
    <name>pl::ui::AnnotationsPane</name>
    <message>
        <location filename="../ui/annotation/annotationspane.cpp" line="+29"/>
        <source>Tag:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No annotations yet.
Select text in the reader (drag over it) or right-click a passage to highlight it, add a note or tags, or mark it as a fact. Right-click a date or an amount in the timeline or the budget table to correct or reject it.</source>
        <translation>아직 주석이 없습니다.
리더에서 텍스트를 드래그해 선택하거나 구절을 오른쪽 클릭해 강조하고, 메모나 태그를 달거나, 사실로 표시하세요. 타임라인이나 예산 표에서 날짜·금액을 오른쪽 클릭하면 고치거나 거부할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restore the extracted fact</source>
        <translation>추출된 사실로 되돌리기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in the reader</source>
        <translation>리더에서 보기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit note…</source>
        <translation>메모 편집…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove annotation</source>
        <translation>주석 삭제</translation>
    </message>
</context>
<context>
    <name>pl::ui::BriefingBoard</name>
    <message>
        <location filename="../ui/briefing/briefingboard.cpp" line="+39"/>
        <source>No briefing</source>
        <translation>브리핑 없음</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New Briefing…</source>
        <translation>새 브리핑…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>새로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new briefing in this library</source>
        <translation>이 자료실에 새 브리핑을 만듭니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Briefing…</source>
        <translation>브리핑 삭제…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Heading…</source>
        <translation>제목 추가…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Note…</source>
        <translation>메모 추가…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Comment…</source>
        <translation>의견 편집…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Item</source>
        <translation>항목 빼기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export HTML…</source>
        <translation>HTML 내보내기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>발표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the briefing full screen, one item per slide (F5)</source>
        <translation>브리핑을 전체 화면에 한 슬라이드에 항목 하나씩 보여 줍니다 (F5)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Pin search hits, passages in the reader, timeline facts and ranges, strategy nodes, the budget chart and the country comparison with Ctrl+B or their context menu.</source>
        <translation>검색 결과, 리더에서 고른 문단, 타임라인의 사실과 기간, 전략 노드, 예산 차트, 국가 비교를 Ctrl+B나 오른쪽 클릭 메뉴로 이곳에 고정하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+41"/>
        <source>Open a library to prepare briefings.</source>
        <translation>브리핑을 준비하려면 자료실을 여세요.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>No briefing yet.</source>
        <translation>아직 브리핑이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This briefing is empty.</source>
        <translation>이 브리핑은 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Briefing</source>
        <translation>브리핑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the briefing: %1</source>
        <translation>브리핑을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Briefing</source>
        <translation>새 브리핑</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Name of the briefing:</source>
        <translation>브리핑 이름:</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+33"/>
        <source>Briefing %1</source>
        <translation>브리핑 %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Rename Briefing</source>
        <translation>브리핑 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename the briefing: %1</source>
        <translation>브리핑 이름을 바꿀 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete the briefing “%1” with its %n item(s)?</source>
        <translation>
            <numerusform>브리핑 “%1”과 그 항목 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete the briefing: %1</source>
        <translation>브리핑을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pinned to “%1”.</source>
        <translation>“%1”에 고정했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Heading</source>
        <translation>제목 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Comment</source>
        <translation>의견 편집</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>의견:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” 문서는 이제 자료실에 없습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Export Briefing as PDF</source>
        <translation>브리핑을 PDF로 내보내기</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+5"/>
        <source>Export Briefing as HTML</source>
        <translation>브리핑을 HTML로 내보내기</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Web page (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot print: %1</source>
        <translation>인쇄할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>프린터로 %n쪽을 보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::BriefingItemModel</name>
    <message>
        <location filename="../ui/briefing/briefingitemmodel.cpp" line="+33"/>
        <source>No briefing is open.</source>
        <translation>열린 브리핑이 없습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>No such item.</source>
        <translation>해당 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>pl::ui::BudgetModel</name>
    <message>
        <location filename="../ui/facts/budgetmodel.cpp" line="+152"/>
        <source>range: low end counted</source>
        <translation>범위: 하한만 합산</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open-ended: one year counted</source>
        <translation>종료 시점 없음: 1년분만 합산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a year&apos;s amount, no period printed: one year counted</source>
        <translation>연간 금액, 기간 표기 없음: 1년분만 합산</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 a year × %n year(s)</source>
        <translation>
            <numerusform>연 %1 × %n년</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 months</source>
        <translation>12개월</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>once</source>
        <translation>1회</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread over %1–%2</source>
        <translation>%1–%2년에 고르게 나눔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rate printed in the document</source>
        <translation>문서에 적힌 환산율</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table rate %1</source>
        <translation>환율표 %1년</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table rate %1 for %2</source>
        <translation>환율표 %1년 (%2년 대신)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no rate for %1</source>
        <translation>%1 환율 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of %1: the whole is counted</source>
        <translation>%1의 일부: 전체 금액으로 합산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversion of row %1: counted there</source>
        <translation>%1행의 환산액: 그 행에서 합산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stated again (row %1, p. %2): counted there</source>
        <translation>중복 기재(%1행, %2쪽): 그 행에서 합산</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market</source>
        <translation>시장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As printed</source>
        <translation>원문 표기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total KRW</source>
        <translation>원화 합계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total USD</source>
        <translation>달러 합계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How counted</source>
        <translation>합산 방식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
</context>
<context>
    <name>pl::ui::BudgetPane</name>
    <message>
        <location filename="../ui/views/budgetpane.cpp" line="+36"/>
        <source>By year</source>
        <translation>연도별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By strategy</source>
        <translation>전략별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>국가별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By currency</source>
        <translation>통화별</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in KRW</source>
        <translation>원화 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in USD</source>
        <translation>달러 기준</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budgets (public money)</source>
        <translation>예산(공공 재원)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market figures</source>
        <translation>시장 규모·전망</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company figures</source>
        <translation>기업 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and fees</source>
        <translation>가격·요금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other amounts</source>
        <translation>기타 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All amounts</source>
        <translation>모든 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which amounts the chart adds up; the table lists every amount with its kind</source>
        <translation>차트가 합산할 금액의 종류입니다. 표에는 모든 금액이 종류와 함께 나옵니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exchange rates…</source>
        <translation>환율표…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rates used where a document prints no conversion; editable</source>
        <translation>문서에 환산액이 없을 때 쓰는 환율(수정 가능)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the amounts in the table as CSV</source>
        <translation>표의 금액을 CSV로 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the amounts</source>
        <translation>금액 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No amounts of money in the selection.</source>
        <translation>선택한 범위에 금액이 없습니다.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The chart adds up the kind of amount chosen above (by default budgets: public money a government or public body spends, invests or grants; market forecasts, company figures and prices are not budgets). A part inside a stated whole is counted with the whole.</source>
        <translation>차트는 위에서 고른 종류의 금액만 합산합니다(기본: 정부·공공기관이 지출·투자·지원하는 예산. 시장 전망, 기업 금액, 가격은 예산이 아닙니다). 전체 금액 안의 일부 금액은 전체로 한 번만 셉니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals: ranges count their low end; an amount per year counts once for each year of its period; a total over several years is spread evenly over them; a conversion printed beside an amount sets that document&apos;s rate and is not counted again. Other rates: %1 (compiled %2).</source>
        <translation>합산 기준: 범위는 하한만, 연간 금액은 기간의 햇수만큼, 여러 해에 걸친 총액은 해마다 고르게 나누어 셉니다. 금액 옆에 적힌 환산액은 그 문서의 환율로 쓰고 다시 더하지 않습니다. 그 밖의 환율: %1 (%2 작성).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n amount(s) in currencies without a rate are left out.</source>
        <translation>
            <numerusform>환율이 없는 통화의 금액 %n건은 빠졌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Exchange rates</source>
        <translation>환율표</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KRW for one unit of each currency, by year. Source: %1. Compiled %2. %3</source>
        <translation>통화 1단위당 원화, 연도별. 출처: %1. %2 작성. %3</translation>
    </message>
</context>
<context>
    <name>pl::ui::BudgetSummaryModel</name>
    <message>
        <location filename="../ui/facts/budgetsummarymodel.cpp" line="+64"/>
        <location line="+65"/>
        <source>no year</source>
        <translation>연도 미상</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+59"/>
        <source>not tagged</source>
        <translation>미분류</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>million USD</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>조원</source>
        <translation>조원</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>억원</source>
        <translation>억원</translation>
    </message>
</context>
<context>
    <name>pl::ui::CountryMatrixModel</name>
    <message>
        <location filename="../ui/facts/countrymatrixmodel.cpp" line="+85"/>
        <source>%1, p. %2</source>
        <translation>%1, %2쪽</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>미국</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>영국</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>독일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>프랑스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>캐나다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>인도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>싱가포르</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>이스라엘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>아랍에미리트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>사우디아라비아</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>대만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>호주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>이탈리아</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>네덜란드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>핀란드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>스웨덴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>유럽연합(EU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OECD</source>
        <translation>OECD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations</source>
        <translation>유엔(UN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G7</source>
        <translation>G7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G20</source>
        <translation>G20</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strategy and plans</source>
        <translation>전략·계획</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulation and law</source>
        <translation>규제·법제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institutions</source>
        <translation>추진 기관</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talent</source>
        <translation>인재</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute</source>
        <translation>컴퓨팅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>날짜 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>+%n more</source>
        <translation>
            <numerusform>외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget total</source>
        <translation>예산 합계</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Country comparison</source>
        <translation>국가 비교</translation>
    </message>
</context>
<context>
    <name>pl::ui::CountryMatrixPane</name>
    <message>
        <location filename="../ui/views/countrymatrixpane.cpp" line="+75"/>
        <source>Countries and bodies mentioned in the library, most mentioned first</source>
        <translation>자료실 문서에 나오는 국가·기구(많이 나온 순)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No country or body (EU, OECD …) is named in the library&apos;s documents yet.</source>
        <translation>자료실 문서에 아직 국가나 기구(EU, OECD …)가 나오지 않습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every quote with its country, theme and citation as CSV</source>
        <translation>모든 인용문을 국가·주제·출처와 함께 CSV로 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Save the comparison</source>
        <translation>국가 비교 저장</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the matrix as a web page with quotes and citations</source>
        <translation>인용문과 출처가 담긴 웹 페이지로 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare:</source>
        <translation>비교할 국가:</translation>
    </message>
</context>
<context>
    <name>pl::ui::ExchangeRateTable</name>
    <message>
        <location filename="../ui/facts/exchangeratetable.cpp" line="+188"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KRW per %1</source>
        <translation>%1당 원</translation>
    </message>
</context>
<context>
    <name>pl::ui::FactDialog</name>
    <message>
        <location filename="../ui/annotation/factdialog.cpp" line="+45"/>
        <source>Fact</source>
        <translation>사실</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date or period</source>
        <translation>날짜 또는 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it is about (optional)</source>
        <translation>무엇에 관한 것인지(선택)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>2025, 2025-03, 2025-03-31, 2025-Q2, 2025-H1</source>
        <translation>2025, 2025-03, 2025-03-31, 2025-Q2, 2025-H1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty for a point in time; &quot;open&quot; for no end</source>
        <translation>한 시점이면 비워 두고, 끝이 없으면 &quot;open&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half year</source>
        <translation>반기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decade</source>
        <translation>10년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the high end of a range (optional)</source>
        <translation>범위의 상한(선택)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>2022-2026, 2025 … (optional)</source>
        <translation>2022-2026, 2025 …(선택)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to</source>
        <translation>상한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed</source>
        <translation>표기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>내용</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Correct the value</source>
        <translation>값 고치기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as fact</source>
        <translation>사실로 표시</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the start as 2025, 2025-03, 2025-03-31, 2025-Q2 or 2025-H1.</source>
        <translation>시작을 2025, 2025-03, 2025-03-31, 2025-Q2, 2025-H1 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the end in the same form, or &quot;open&quot;, or leave it empty.</source>
        <translation>끝도 같은 형식이나 &quot;open&quot;으로 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an amount greater than zero.</source>
        <translation>0보다 큰 금액을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the currency as a three-letter code (KRW, USD, EUR …).</source>
        <translation>통화를 세 글자 코드(KRW, USD, EUR …)로 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The high end of a range must be a number not below the amount.</source>
        <translation>범위의 상한은 금액보다 작지 않은 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a value.</source>
        <translation>값을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>pl::ui::HitDelegate</name>
    <message numerus="yes">
        <location filename="../ui/views/hitdelegate.cpp" line="+44"/>
        <source>(%n hit(s))</source>
        <translation>
            <numerusform>(%n건)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p. %1 · score %2</source>
        <translation>%1쪽 · 점수 %2</translation>
    </message>
</context>
<context>
    <name>pl::ui::ImportResultModel</name>
    <message>
        <location filename="../ui/models/importresultmodel.cpp" line="+35"/>
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
        <translation>PDF가 손상됨</translation>
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
        <location line="+14"/>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the library</source>
        <translation>이미 자료실에 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>scanned pages: text needs OCR</source>
        <translation>스캔한 페이지: 문자 인식(OCR) 필요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>pl::ui::LibraryModel</name>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="+74"/>
        <source>The pages are scanned images: their text cannot be searched until it is recognised (OCR).</source>
        <translation>스캔한 이미지로 된 페이지입니다. 문자 인식(OCR)을 하기 전에는 본문을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Needs OCR</source>
        <translation>OCR 필요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text</source>
        <translation>텍스트 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF holds no text to search.</source>
        <translation>검색할 수 있는 텍스트가 없는 PDF입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF is protected by a password.</source>
        <translation>암호로 보호된 PDF입니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 +%2</source>
        <translation>%1 외 %2</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>태그</translation>
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
        <location filename="../ui/views/mainwindow.cpp" line="+179"/>
        <source>Library</source>
        <translation>자료실</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop importing; documents already added stay in the library</source>
        <translation>가져오기를 멈춥니다. 이미 추가된 문서는 자료실에 남습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the PDF: %1</source>
        <translation>PDF를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import &amp;Files…</source>
        <translation>파일 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import F&amp;older…</source>
        <translation>폴더 가져오기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+269"/>
        <location line="+395"/>
        <source>Type in the search box to find passages in all documents.</source>
        <translation>검색창에 입력하면 모든 문서에서 해당 구절을 찾습니다.</translation>
    </message>
    <message>
        <source>%1 = %2 &lt;span style=&quot;color:gray&quot;&gt;(%3, p. %4)&lt;/span&gt; &lt;a href=&quot;off:%5&quot;&gt;leave out&lt;/a&gt;</source>
        <translation>%1 = %2 &lt;span style=&quot;color:gray&quot;&gt;(%3, %4쪽)&lt;/span&gt; &lt;a href=&quot;off:%5&quot;&gt;빼기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Also searched, as the documents define them: %1</source>
        <translation>문서가 같은 말로 정의한 표기도 찾았습니다: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;all&quot;&gt;Search with every alias again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;all&quot;&gt;모든 표기로 다시 찾기&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-269"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import PDF files</source>
        <translation>PDF 파일 가져오기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDF 문서 (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+368"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="-538"/>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the annotation: %1</source>
        <translation>주석을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import results</source>
        <translation>가져오기 결과</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+437"/>
        <source>Cannot read the library: %1</source>
        <translation>자료실을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Add PDF files to the library (Ctrl+O)</source>
        <translation>PDF 파일을 자료실에 추가합니다 (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add every PDF in a folder and its subfolders (Ctrl+Shift+O)</source>
        <translation>폴더와 하위 폴더의 모든 PDF를 추가합니다 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search all documents, e.g. 인공지능 예산 (Ctrl+K)</source>
        <translation>모든 문서 검색 (예: 인공지능 예산, Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;exact phrase&quot;, -excluded, OR, doc:N, year:2023..2025. Down arrow moves to the results.</source>
        <translation>낱말, &quot;정확한 구절&quot;, -제외어, OR, doc:N, year:2023..2025. 아래 화살표 키로 결과 목록으로 이동합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the Library</source>
        <translation>자료실 검색</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove from Library…</source>
        <translation>자료실에서 제거(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected documents from the library; the files stay on disk</source>
        <translation>선택한 문서를 자료실에서 제거합니다. 파일은 디스크에 그대로 남습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-&amp;import</source>
        <translation>다시 가져오기(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the selected documents again from their files</source>
        <translation>선택한 문서를 파일에서 다시 읽어 들입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit &amp;Tags…</source>
        <translation>태그 편집(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;New Collection…</source>
        <translation>새 모음에 추가(&amp;N)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open &amp;Library…</source>
        <translation>자료실 열기(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a library</source>
        <translation>자료실 열기 또는 만들기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PolicyLens libraries (*.policylens)</source>
        <translation>PolicyLens 자료실 (*.policylens)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent Libraries</source>
        <translation>최근 자료실(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Library</source>
        <translation>자료실(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to &amp;Collection</source>
        <translation>모음에 추가(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Appearance</source>
        <translation>화면 테마(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About PolicyLens</source>
        <translation>PolicyLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop PDF files or folders here
or use File → Import Files… (Ctrl+O)</source>
        <translation>PDF 파일이나 폴더를 여기에 끌어다 놓거나
파일 → 파일 가져오기…(Ctrl+O)를 사용하세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by title, issuer, date, country or tag</source>
        <translation>제목, 발행 기관, 날짜, 국가, 태그로 거르기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one collection</source>
        <translation>모음 하나만 보기</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Search one document only</source>
        <translation>한 문서에서만 검색</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search documents of one year</source>
        <translation>한 해의 문서에서만 검색</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search documents about one country</source>
        <translation>한 국가에 관한 문서에서만 검색</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the results of earlier imports</source>
        <translation>이전 가져오기 결과를 지웁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each imported file, what happened to it and why.</source>
        <translation>가져온 파일마다 결과와 그 이유를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read the library %1:
%2</source>
        <translation>자료실 %1을(를) 읽을 수 없습니다:
%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Import a folder of PDF files</source>
        <translation>PDF 파일 폴더 가져오기</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for PDF files…</source>
        <translation>PDF 파일을 찾는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+34"/>
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
        <location line="+3"/>
        <source>The Import results panel lists every file with what happened to it.</source>
        <translation>가져오기 결과 창에서 파일별 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot search for “%1”: %2</source>
        <translation>“%1”을(를) 검색할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <source>%n passage(s) match “%1”</source>
        <translation>
            <numerusform>“%1”과(와) 일치하는 구절 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n document(s):</source>
        <translation>
            <numerusform> (문서 %n건):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+38"/>
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the collections: %1</source>
        <translation>모음 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the collection: %1</source>
        <translation>모음을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove from This Collection</source>
        <translation>이 모음에서 빼기</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+138"/>
        <source>Cannot change the collection: %1</source>
        <translation>모음을 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>PolicyLens</source>
        <translation>PolicyLens</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove “%1” from the library? The PDF file stays where it is.</source>
        <translation>“%1”을(를) 자료실에서 제거할까요? PDF 파일은 그대로 남습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n document(s) from the library? The PDF files stay where they are.</source>
        <translation>
            <numerusform>문서 %n건을 자료실에서 제거할까요? PDF 파일은 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Removing %n document(s)…</source>
        <translation>
            <numerusform>문서 %n건 제거 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s) removed</source>
        <translation>
            <numerusform>문서 %n건을 제거했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot remove: %1</source>
        <translation>제거할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Re-importing %n document(s)…</source>
        <translation>
            <numerusform>문서 %n건을 다시 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot save the tags: %1</source>
        <translation>태그를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags, separated by commas (e.g. 예산, 2025 plan):</source>
        <translation>태그를 쉼표로 구분해 입력하세요 (예: 예산, 2025 계획):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New collection</source>
        <translation>새 모음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the collection:</source>
        <translation>모음 이름:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait for the import to finish before opening another library.</source>
        <translation>가져오기가 끝난 뒤에 다른 자료실을 여세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the library %1: %2</source>
        <translation>자료실 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No other libraries yet</source>
        <translation>다른 자료실이 아직 없습니다</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>An offline explorer for government policy documents.</source>
        <translation>정부 정책 문서를 위한 오프라인 탐색기입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves this computer: PolicyLens never opens a network connection.</source>
        <translation>어떤 정보도 이 컴퓨터 밖으로 나가지 않습니다. PolicyLens는 네트워크 연결을 전혀 열지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About PolicyLens</source>
        <translation>PolicyLens 정보</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lists and pages</source>
        <translation>목록과 페이지</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next or previous page</source>
        <translation>다음 또는 이전 페이지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page Down, Page Up</source>
        <translation>Page Down, Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom with the mouse wheel</source>
        <translation>마우스 휠로 확대/축소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+휠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the search box to the results</source>
        <translation>검색창에서 결과 목록으로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>아래 화살표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected result or document</source>
        <translation>선택한 결과나 문서 열기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous document in the results</source>
        <translation>결과 목록의 다음 또는 이전 문서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Down, Ctrl+Up</source>
        <translation>Ctrl+아래, Ctrl+위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match in the find bar</source>
        <translation>찾기 막대에서 이전 일치 항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/views/mainwindowbriefing.cpp" line="+60"/>
        <source>Briefing</source>
        <translation>브리핑</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Pin to Briefing</source>
        <translation>브리핑에 고정(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the current search hit, or the passage selected in the reader, to the briefing</source>
        <translation>현재 검색 결과나 리더에서 고른 문단을 브리핑에 더합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pin to Briefing</source>
        <translation>브리핑에 고정</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pin Clicked Fact to Briefing</source>
        <translation>클릭한 사실을 브리핑에 고정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a fact on the timeline first.</source>
        <translation>먼저 타임라인에서 사실을 클릭하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pin Visible Range to Briefing</source>
        <translation>보이는 기간을 브리핑에 고정</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Timeline %1–%2</source>
        <translation>타임라인 %1–%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pin Subtree to Briefing</source>
        <translation>하위 트리를 브리핑에 고정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a node of the strategy tree first.</source>
        <translation>먼저 전략 트리에서 노드를 고르세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pin Chart to Briefing</source>
        <translation>차트를 브리핑에 고정</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Budget (%1)</source>
        <translation>예산 (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pin Comparison to Briefing</source>
        <translation>국가 비교를 브리핑에 고정</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Passages per country and theme</source>
        <translation>국가·주제별 문단 수</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Select a passage in the reader or a search hit first, then pin it with Ctrl+B.</source>
        <translation>먼저 리더에서 문단을 고르거나 검색 결과를 고른 뒤 Ctrl+B로 고정하세요.</translation>
    </message>
</context>
<context>
    <name>pl::ui::OutlineModel</name>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="+64"/>
        <source>%1 (p. %2)</source>
        <translation>%1 (%2쪽)</translation>
    </message>
</context>
<context>
    <name>pl::ui::PageView</name>
    <message>
        <location filename="../ui/reader/pageview.cpp" line="+273"/>
        <source>Rendering page %1…</source>
        <translation>%1쪽을 그리는 중…</translation>
    </message>
</context>
<context>
    <name>pl::ui::PresentationWindow</name>
    <message>
        <location filename="../ui/briefing/presentationwindow.cpp" line="+16"/>
        <source>Presentation: %1</source>
        <translation>발표: %1</translation>
    </message>
</context>
<context>
    <name>pl::ui::ReaderWidget</name>
    <message>
        <location filename="../ui/reader/readerwidget.cpp" line="+263"/>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Choose a document in the library or a search hit to read it here.

No documents yet? Drop PDF files on the window.</source>
        <translation>자료실에서 문서를, 또는 검색 결과를 선택하면 여기에서 읽을 수 있습니다.

아직 문서가 없나요? PDF 파일을 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>이전 위치로 돌아가기 (Alt+왼쪽)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward again (Alt+Right)</source>
        <translation>다시 앞으로 (Alt+오른쪽)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in Document…</source>
        <translation>문서에서 찾기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Next</source>
        <translation>다음 찾기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Previous</source>
        <translation>이전 찾기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale the page to the width of the view (Ctrl+1)</source>
        <translation>페이지를 화면 너비에 맞춥니다 (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit Page</source>
        <translation>쪽 맞춤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole page (Ctrl+2)</source>
        <translation>페이지 전체를 보여 줍니다 (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Facts</source>
        <translation>추출 정보 표시</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the dates (blue), amounts (green) and headings (purple) read from the document</source>
        <translation>문서에서 읽어 낸 날짜(파랑), 금액(초록), 제목(보라)을 표시합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Selected Text</source>
        <translation>선택한 텍스트 복사</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Highlight Selection</source>
        <translation>선택한 글 강조</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight the text selected on the page (drag over it first); right-click text for a note, tags or a fact</source>
        <translation>페이지에서 선택한 글을 강조합니다(먼저 드래그해 선택). 메모·태그·사실은 글을 오른쪽 클릭하세요</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No text on this page.</source>
        <translation>이 쪽에는 텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Previous page (Page Up)</source>
        <translation>이전 페이지 (Page Up)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next page (Page Down)</source>
        <translation>다음 페이지 (Page Down)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Facts</source>
        <translation>정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No headings were recognised in this document.</source>
        <translation>이 문서에서 인식된 제목이 없습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>목차</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in this document</source>
        <translation>이 문서에서 찾기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The document is no longer in the library.</source>
        <translation>이 문서는 더 이상 자료실에 없습니다.</translation>
    </message>
    <message>
        <location line="+395"/>
        <source>This page is a scanned image; its text needs OCR.</source>
        <translation>스캔한 이미지로 된 쪽입니다. 텍스트를 읽으려면 OCR이 필요합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Page %1 of %n with matches</source>
        <translation>
            <numerusform>일치하는 페이지 %n쪽 중 %1번째</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+35"/>
        <source>Add note…</source>
        <translation>메모 추가…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Edit note…</source>
        <translation>메모 편집…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove highlight</source>
        <translation>강조 삭제</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as fact…</source>
        <translation>사실로 표시…</translation>
    </message>
    <message>
        <location line="-397"/>
        <location line="+80"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>pl::ui::ScopeBar</name>
    <message>
        <location filename="../ui/views/scopebar.cpp" line="+19"/>
        <source>Show all</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selection and show every document</source>
        <translation>선택을 풀고 모든 문서 보기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (pp. %1–%2)</source>
        <translation> (%1–%2쪽)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrowed to: %1</source>
        <translation>범위: %1</translation>
    </message>
</context>
<context>
    <name>pl::ui::SearchHitModel</name>
    <message>
        <location filename="../ui/models/searchhitmodel.cpp" line="+65"/>
        <source>%1, p. %2: %3</source>
        <translation>%1, %2쪽: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of the words, on one page:</source>
        <translation>낱말이 한 쪽의 여러 곳에:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lacks %1:</source>
        <translation>없는 말: %1 —</translation>
    </message>
</context>
<context>
    <name>pl::ui::StrategyDiagram</name>
    <message>
        <location filename="../ui/views/strategydiagram.cpp" line="+201"/>
        <source>No strategy tree was found in this document (a vision with strategies and tasks).</source>
        <translation>이 문서에서는 전략 체계(비전·전략·과제)를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>pl::ui::StrategyTreeModel</name>
    <message>
        <location filename="../ui/facts/strategytreemodel.cpp" line="+185"/>
        <source>Vision, strategy, task</source>
        <translation>비전·전략·과제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministries</source>
        <translation>부처</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>쪽</translation>
    </message>
</context>
<context>
    <name>pl::ui::StrategyTreePane</name>
    <message>
        <location filename="../ui/views/strategytreepane.cpp" line="+30"/>
        <location line="+200"/>
        <source>No strategy tree was found in this document (a vision with strategies and tasks). Choose another document above.</source>
        <translation>이 문서에서는 전략 체계(비전·전략·과제)를 찾지 못했습니다. 위에서 다른 문서를 고르세요.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Compare with</source>
        <translation>나란히 비교</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tree</source>
        <translation>표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram</source>
        <translation>도식</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Levels: </source>
        <translation>단계: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many levels below the document the diagram draws</source>
        <translation>도식에 그릴 단계 수</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as a PNG picture</source>
        <translation>도식을 PNG 그림으로 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as an SVG drawing</source>
        <translation>도식을 SVG 도면으로 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Save the strategy diagram</source>
        <translation>전략 도식 저장</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 도면 (*.svg)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (no strategy tree)</source>
        <translation>%1 (전략 체계 없음)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No documents yet. Import plans and strategies to see their vision, strategies and tasks here.</source>
        <translation>아직 문서가 없습니다. 계획·전략 문서를 가져오면 비전·전략·과제가 여기에 나옵니다.</translation>
    </message>
</context>
<context>
    <name>pl::ui::ThumbnailModel</name>
    <message>
        <location filename="../ui/models/thumbnailmodel.cpp" line="+92"/>
        <source>Page %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
<context>
    <name>pl::ui::TimelineModel</name>
    <message>
        <location filename="../ui/facts/timelinemodel.cpp" line="+152"/>
        <source>Also stated on p. %1</source>
        <translation>같은 내용: %1쪽</translation>
    </message>
</context>
<context>
    <name>pl::ui::TimelinePane</name>
    <message>
        <location filename="../ui/views/timelinepane.cpp" line="+36"/>
        <source>from any year</source>
        <translation>시작 연도 전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to any year</source>
        <translation>끝 연도 전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Periods</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lanes by document</source>
        <translation>문서별 구획</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by country</source>
        <translation>국가별 구획</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by strategy</source>
        <translation>전략별 구획</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show single dates (2023. 4. 14., &apos;23.上)</source>
        <translation>하루·한 달 같은 날짜 표시 (2023. 4. 14., &apos;23.上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show periods (&apos;22~&apos;26, &apos;24~)</source>
        <translation>기간 표시 (&apos;22~&apos;26, &apos;24~)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy events and the plans&apos; schedules are shown; add other kinds of date</source>
        <translation>정책 사건과 계획 일정이 표시됩니다. 다른 종류의 날짜를 더할 수 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Industry events (a model released, a company&apos;s report)</source>
        <translation>업계 동향(모델 출시, 기업 보고서 등)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Background years (statistics, surveys, forecasts)</source>
        <translation>배경 연도(통계·조사·전망)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fit</source>
        <translation>전체 맞춤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the years the events fall in (or double-click an empty spot); the few far outliers are left to panning. Wheel zooms, dragging pans.</source>
        <translation>일정이 몰린 연도를 한눈에 (빈 곳을 두 번 눌러도 됩니다). 멀리 떨어진 몇 건은 끌어서 보세요. 휠로 확대·축소, 끌어서 이동.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>일정 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::TimelineView</name>
    <message>
        <location filename="../ui/views/timelineview.cpp" line="+94"/>
        <source>No country named</source>
        <translation>국가 언급 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside the strategies</source>
        <translation>전략 밖</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>No dates to show. Import documents, or widen the filters and the selection.</source>
        <translation>보여 줄 날짜가 없습니다. 문서를 가져오거나 필터와 선택 범위를 넓히세요.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1, p. %2</source>
        <translation>%1, %2쪽</translation>
    </message>
</context>
</TS>
