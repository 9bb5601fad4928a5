<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AlertCentre</name>
    <message>
        <location filename="../../src/guardian_app/ui/alert_centre.py" line="+45"/>
        <source>All children</source>
        <translation>所有孩子</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guardian: alerts</source>
        <translation>Guardian：警示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show alerts for which child</source>
        <translation>顯示哪個孩子的警示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Child:</source>
        <translation>孩子(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;reviewed alerts and false alarms</source>
        <translation>顯示已檢視的警示和誤報(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alerts, most serious first</source>
        <translation>警示（最嚴重的在前）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last action</source>
        <translation>最近的操作</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{open} alert(s) need review, {total} in all.</source>
        <translation>{open} 則警示待檢視，共 {total} 則。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Guardian could not open this alert: {reason}</source>
        <translation>Guardian 無法開啟這則警示：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You marked this as a false alarm</source>
        <translation>您已將此標記為誤報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You trust this contact</source>
        <translation>您信任這位聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reviewed this alert</source>
        <translation>您已檢視這則警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ({date}): {reason}</source>
        <translation>{what}（{date}）：{reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Marked as reviewed.</source>
        <translation>已標記為已檢視。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact</source>
        <translation>這位聯絡人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked as a false alarm. Your reason was saved with the alert.</source>
        <translation>已標記為誤報。您填寫的原因已隨警示一併儲存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{contact} is now a trusted contact in this chat.</source>
        <translation>{contact} 現在是此對話中您信任的聯絡人。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the case report…</source>
        <translation>正在產生個案報告…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The case report was saved: {path}</source>
        <translation>個案報告已儲存：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian could not write the case report. The chat file may have moved since it was checked.</source>
        <translation>Guardian 無法產生個案報告。檢查之後，對話檔案可能已被移動。</translation>
    </message>
</context>
<context>
    <name>AlertHtml</name>
    <message>
        <location filename="../../src/guardian_app/ui/alert_html.py" line="+52"/>
        <source>Add your child&apos;s country in Settings to see helplines here. In an emergency, call your local emergency number.</source>
        <translation>請在「設定」中填寫孩子所在的國家或地區，這裡就會顯示求助專線。如遇緊急情況，請撥打當地的緊急電話。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian has no helpline list for {country} yet. In an emergency, call your local emergency number. Your local police can tell you where to report online abuse of a child.</source>
        <translation>Guardian 目前還沒有{country}的求助專線清單。如遇緊急情況，請撥打當地的緊急電話。當地警方可以告訴您該向哪裡檢舉針對兒童的網路侵害。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Helpline</source>
        <translation>求助專線</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helplines in {country}:</source>
        <translation>{country}的求助專線：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown sender</source>
        <translation>不明傳送者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level: {level}</source>
        <translation>等級：{level}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What to do now</source>
        <translation>現在該怎麼做</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Guardian noticed</source>
        <translation>Guardian 注意到了什麼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highlighted lines (▶) are the messages Guardian noticed; the lines around them are shown so you can read them in context.</source>
        <translation>醒目標示的行（▶）是 Guardian 注意到的訊息；同時顯示其前後的訊息，方便您對照上下文閱讀。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it matters:</source>
        <translation>為什麼值得注意：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chat: {chat} ({app} export, {count} messages)</source>
        <translation>對話：{chat}（{app} 匯出，共 {count} 則訊息）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your child in this chat: {child}.</source>
        <translation>此對話中的孩子：{child}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this chat</source>
        <translation>關於此對話</translation>
    </message>
</context>
<context>
    <name>AlertView</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/alert_view.py" line="+12"/>
        <source>Case reports are not available in this version of Guardian yet.</source>
        <translation>此版本的 Guardian 尚不支援個案報告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;No alert selected&lt;/h2&gt;&lt;p&gt;Choose an alert on the left to see what Guardian noticed and what to do now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未選擇警示&lt;/h2&gt;&lt;p&gt;請在左側選擇一則警示，查看 Guardian 注意到了什麼，以及現在該怎麼做。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark as &amp;reviewed</source>
        <translation>標記為已檢視(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this alert as reviewed</source>
        <translation>將這則警示標記為已檢視</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;False alarm…</source>
        <translation>誤報(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this alert as a false alarm, with a reason</source>
        <translation>將這則警示標記為誤報，並填寫原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this contact</source>
        <translation>信任此聯絡人(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust this contact: family or a known friend</source>
        <translation>信任此聯絡人：家人或熟識的朋友</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport case report…</source>
        <translation>匯出個案報告(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export a case report</source>
        <translation>匯出個案報告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the &amp;whole chat…</source>
        <translation>閱讀完整對話(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole chat, with the warning signs highlighted</source>
        <translation>閱讀完整對話，警訊會醒目標示</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk over time (stages marked where they first showed up):</source>
        <translation>風險隨時間的變化（標出了各階段首次出現的位置）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What Guardian noticed and what to do now</source>
        <translation>Guardian 注意到了什麼，以及現在該怎麼做</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/alerts_model.py" line="+29"/>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>警訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not sure</source>
        <translation>不確定</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding_pages.py" line="+41"/>
        <source>For example: Emma, em_draws, Emmy</source>
        <translation>例如：Emma, em_draws, Emmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names your child uses in chats, separated by commas</source>
        <translation>孩子在對話中使用的名字，以逗號分隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your child&apos;s age</source>
        <translation>孩子的年齡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country you live in, for helplines</source>
        <translation>您所在的國家或地區（用於顯示求助專線）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another country</source>
        <translation>其他國家或地區</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Names used in chats:</source>
        <translation>對話中使用的名字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age:</source>
        <translation>年齡(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country (for helplines):</source>
        <translation>國家或地區（用於求助專線）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{names} (age {age}, {country})</source>
        <translation>{names}（{age} 歲，{country}）</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/settings_children.py" line="+29"/>
        <source>Fewer alerts: only serious warning signs</source>
        <translation>較少警示：只提醒嚴重的警訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced (recommended)</source>
        <translation>均衡（建議）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More alerts: early warning signs too</source>
        <translation>較多警示：早期警訊也會提醒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your children</source>
        <translation>您的孩子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a child</source>
        <translation>新增孩子(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove this child</source>
        <translation>移除這個孩子(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Emma, em_draws, Emmy</source>
        <translation>例如：Emma, em_draws, Emmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names this child uses in chats, separated by commas</source>
        <translation>這個孩子在對話中使用的名字，以逗號分隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This child&apos;s age</source>
        <translation>這個孩子的年齡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country, for helplines</source>
        <translation>國家或地區（用於求助專線）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another country</source>
        <translation>其他國家或地區</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How readily Guardian alerts about this child</source>
        <translation>Guardian 對這個孩子發出警示的靈敏度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Names used in chats:</source>
        <translation>對話中使用的名字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge:</source>
        <translation>年齡(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (for helplines):</source>
        <translation>國家或地區（用於求助專線）(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensitivity:</source>
        <translation>靈敏度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a child to change their details. Write every name the child uses in chats, so Guardian knows which side of a chat is your child. &quot;More alerts&quot; also tells you about early warning signs; &quot;Fewer alerts&quot; only about serious ones.</source>
        <translation>選擇一個孩子來修改其資料。請寫下孩子在對話中使用的所有名字，這樣 Guardian 才知道對話中哪一方是您的孩子。「較多警示」也會提醒早期的警訊；「較少警示」只提醒嚴重的警訊。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>age not given</source>
        <translation>未填寫年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name yet)</source>
        <translation>（尚無名字）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Each child needs at least one name used in chats.</source>
        <translation>每個孩子至少需要一個在對話中使用的名字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The age must be between {low} and {high}.</source>
        <translation>年齡必須介於 {low} 到 {high} 歲之間。</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding_pages.py" line="+9"/>
        <source>Your children</source>
        <translation>您的孩子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add each child whose chats you want Guardian to check.</source>
        <translation>新增您希望 Guardian 檢查其對話的每個孩子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add this child</source>
        <translation>新增這個孩子(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this child to the list</source>
        <translation>將這個孩子加入清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>移除所選(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected child from the list</source>
        <translation>從清單中移除所選的孩子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children added</source>
        <translation>已新增的孩子</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write every name your child uses in chats: first name, nickname, user names. Guardian uses them to know which side of a chat is your child. The country chooses which helplines Guardian shows you.</source>
        <translation>請寫下孩子在對話中使用的所有名字：名字、暱稱、使用者名稱。Guardian 據此判斷對話中哪一方是您的孩子。國家或地區決定 Guardian 向您顯示哪些求助專線。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children you added:</source>
        <translation>您新增的孩子：</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/conversation_model.py" line="+33"/>
        <source>a photo</source>
        <translation>一張照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>一段影片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a voice message</source>
        <translation>一則語音訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sticker</source>
        <translation>一張貼圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file</source>
        <translation>一個檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact card</source>
        <translation>一張聯絡人名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a location</source>
        <translation>一個位置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{what} was shared here — not opened]</source>
        <translation>[此處分享了{what}——未開啟]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[this message was deleted]</source>
        <translation>[此訊息已被刪除]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time unknown</source>
        <translation>時間不明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sender</source>
        <translation>不明傳送者</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Guardian noticed: {signs}</source>
        <translation>Guardian 注意到：{signs}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(Guardian noticed: {signs})</source>
        <translation>（Guardian 注意到：{signs}）</translation>
    </message>
</context>
<context>
    <name>ConversationViewer</name>
    <message>
        <location filename="../../src/guardian_app/ui/conversation_viewer.py" line="+59"/>
        <source>Guardian: the whole chat “{title}”</source>
        <translation>Guardian：完整對話「{title}」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} messages, oldest first. Highlighted in yellow: the messages from {contact} where Guardian noticed a warning sign ({signs} in all); the sign is named beside each one. Photos, videos and files are never opened: Guardian only notes that they were there.</source>
        <translation>共 {count} 則訊息，最早的在前。黃色醒目標示的是 {contact} 傳送、Guardian 發現警訊的訊息（共 {signs} 則），每則旁邊都註明了是哪種警訊。照片、影片和檔案絕不會被開啟：Guardian 只記錄它們存在過。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words to find in this chat</source>
        <translation>要在此對話中尋找的字詞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in this chat</source>
        <translation>在此對話中尋找字詞</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous match</source>
        <translation>上一個相符項目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next match</source>
        <translation>下一個相符項目(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search result</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;highlighted message</source>
        <translation>上一則醒目標示的訊息(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next highlighted &amp;message</source>
        <translation>下一則醒目標示的訊息(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages in this chat, oldest first</source>
        <translation>此對話中的訊息（最早的在前）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No message contains “{words}”.</source>
        <translation>沒有訊息包含「{words}」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match {n} of {total} messages.</source>
        <translation>第 {n} 個相符項目，共 {total} 則訊息。</translation>
    </message>
</context>
<context>
    <name>CounsellorSession</name>
    <message>
        <location filename="../../src/guardian_app/ui/session_window.py" line="+35"/>
        <source>You marked this as a false alarm in this session. It will be left out of the case report. Nothing about it is saved.</source>
        <translation>您在本次會談中將此標記為誤報。它不會出現在個案報告中，與它有關的任何內容都不會被儲存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counsellor session has ended. Guardian has forgotten the chats, the alerts and the false-alarm marks from it; nothing from the session was kept on this computer.</source>
        <translation>輔導會談已結束。Guardian 已忘記本次會談中的對話、警示和誤報標記；本次會談的任何內容都沒有保留在這台電腦上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The counsellor session has ended. Guardian has forgotten the chats, the alerts and the false-alarm marks from it; nothing from the session was kept on this computer, except the case report you saved.</source>
        <translation>輔導會談已結束。Guardian 已忘記本次會談中的對話、警示和誤報標記；除了您儲存的個案報告，本次會談的任何內容都沒有保留在這台電腦上。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the counsellor session?</source>
        <translation>結束輔導會談？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian will forget these chats, the alerts and your false-alarm marks. Nothing from this session is kept. Save the case report first if you need it.</source>
        <translation>Guardian 將忘記這些對話、警示和您的誤報標記，本次會談的任何內容都不會保留。如果需要個案報告，請先儲存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End and forget</source>
        <translation>結束並忘記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the session open</source>
        <translation>繼續會談</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Guardian: counsellor session (nothing is stored)</source>
        <translation>Guardian：輔導會談（不儲存任何內容）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Guardian is still checking the chats. Please wait.</source>
        <translation>Guardian 仍在檢查對話，請稍候。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian could not finish checking the chats. {reason}</source>
        <translation>Guardian 未能完成對話檢查。{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped before it finished.</source>
        <translation>檢查在完成前已停止。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{name} is marked as a false alarm for this session and will be left out of the case report.</source>
        <translation>{name} 在本次會談中已標記為誤報，不會出現在個案報告中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is no longer marked as a false alarm.</source>
        <translation>{name} 不再標記為誤報。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian case report {date}.pdf</source>
        <translation>Guardian 個案報告 {date}.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guardian cannot save the report there: {problem}.</source>
        <translation>Guardian 無法將報告儲存在那裡：{problem}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian could not save the case report: {reason}.</source>
        <translation>Guardian 無法儲存個案報告：{reason}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case report was saved to {path}. It covers {count} contact(s) with an alert; {left_out} false alarm(s) left out. Nothing else was saved.</source>
        <translation>個案報告已儲存至 {path}。報告涵蓋 {count} 位有警示的聯絡人，未包含 {left_out} 個誤報。沒有儲存其他任何內容。</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/guardian_app/ui/countries.py" line="+11"/>
        <source>Australia</source>
        <translation>澳洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>保加利亞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (mainland)</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>法國</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>德國</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>印尼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>愛爾蘭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>義大利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>肯亞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>馬來西亞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>荷蘭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>紐西蘭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>奈及利亞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>菲律賓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>波蘭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>俄羅斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>南韓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>泰國</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英國</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../src/guardian_app/ui/detail_html.py" line="+37"/>
        <source>a photo</source>
        <translation>一張照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>一段影片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a voice message</source>
        <translation>一則語音訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sticker</source>
        <translation>一張貼圖</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>a file</source>
        <translation>一個檔案</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>a contact card</source>
        <translation>一張聯絡人名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a location</source>
        <translation>一個位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian never opens, copies or shows photos, videos or other files from a chat. It only notes that they were there.</source>
        <translation>Guardian 絕不開啟、複製或顯示對話中的照片、影片或其他檔案，只記錄它們存在過。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS backup</source>
        <translation>簡訊備份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time unknown</source>
        <translation>時間不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d %b %Y, %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} was shared here. Guardian does not open photos, videos or files.</source>
        <translation>此處分享了{what}。Guardian 不會開啟照片、影片或檔案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this message was deleted</source>
        <translation>此訊息已被刪除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {number}</source>
        <translation>第 {number} 則訊息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown sender</source>
        <translation>不明傳送者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…and {count} more message(s).</source>
        <translation>……另有 {count} 則訊息。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level: {level}</source>
        <translation>等級：{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters:</source>
        <translation>為什麼值得注意：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do now</source>
        <translation>現在該怎麼做</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Guardian noticed</source>
        <translation>Guardian 注意到了什麼</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chat: {chat} ({app} export, {count} messages)</source>
        <translation>對話：{chat}（{app} 匯出，共 {count} 則訊息）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this chat</source>
        <translation>關於此對話</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {file}</source>
        <translation>檔案：{file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your child in this chat: {child}.</source>
        <translation>此對話中的孩子：{child}。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/detail_pane.py" line="+11"/>
        <source>&lt;h2&gt;No warning signs to show yet&lt;/h2&gt;&lt;p&gt;Guardian looks for the tactics of online grooming in chats you saved from your child&apos;s phone or computer.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Scan a file…&lt;/b&gt; or &lt;b&gt;Scan a folder…&lt;/b&gt; to check a saved chat export. Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;目前沒有可顯示的警訊&lt;/h2&gt;&lt;p&gt;Guardian 會在您從孩子的手機或電腦上儲存的對話中，尋找網路誘騙的常見手法。&lt;/p&gt;&lt;p&gt;選擇&lt;b&gt;掃描檔案…&lt;/b&gt;或&lt;b&gt;掃描資料夾…&lt;/b&gt;來檢查已儲存的對話匯出檔。任何內容都不會離開這台電腦。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;Nothing that needs your attention&lt;/h2&gt;&lt;p&gt;Guardian checked the chats and did not find warning signs of grooming.&lt;/p&gt;&lt;p&gt;Guardian can miss things. If something worries you, trust your feeling and talk with your child calmly.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;沒有需要您注意的內容&lt;/h2&gt;&lt;p&gt;Guardian 檢查了這些對話，沒有發現誘騙的警訊。&lt;/p&gt;&lt;p&gt;Guardian 也可能有遺漏。如果有什麼讓您擔心，請相信自己的感覺，平心靜氣地和孩子談一談。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding.py" line="+64"/>
        <source>Ready</source>
        <translation>準備就緒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your choices, then press Finish.</source>
        <translation>請確認您的選擇，然後按「完成」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of your choices</source>
        <translation>您的選擇摘要</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian will sit in the tray (near the clock). It tells you when it finds something, without showing any message text in the notification. You can change all of this later in Settings.</source>
        <translation>Guardian 會待在系統匣中（時鐘旁邊）。發現狀況時會通知您，通知中不會顯示任何訊息內容。以上所有選項之後都可以在「設定」中變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children:</source>
        <translation>孩子：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folders Guardian watches:</source>
        <translation>Guardian 監看的資料夾：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/guardian_app/ui/errors.py" line="+26"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Guardian. Your chats were not changed.

The details were written to the log folder:
{folder}</source>
        <translation>Guardian 內部發生問題。您的對話沒有被更改。

詳細資訊已寫入記錄資料夾：
{folder}</translation>
    </message>
</context>
<context>
    <name>ExportHelp</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/export_help.py" line="+18"/>
        <source>Saving a chat</source>
        <translation>儲存對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most chat apps can save (&quot;export&quot;) a chat to a file. In the app, open the chat and look for **Export chat**, **Download your information** or **Back up**. Choose **without media** when asked. Save the file into the folder Guardian watches.

Never open, copy or forward photos or videos of your child from an export.</source>
        <translation>大多數聊天應用程式都能將對話儲存（「匯出」）為檔案。在應用程式中開啟對話，找到**匯出聊天**、**下載你的資訊**或**備份**。詢問時請選擇**不含媒體**。將檔案儲存到 Guardian 監看的資料夾中。

切勿開啟、複製或轉傳匯出檔中您孩子的照片或影片。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Chat app</source>
        <translation>聊天應用程式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the app your child uses</source>
        <translation>選擇孩子使用的應用程式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which app does your child use?</source>
        <translation>孩子使用哪個應用程式？(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to save a chat from this app</source>
        <translation>如何從這個應用程式儲存對話</translation>
    </message>
</context>
<context>
    <name>ExportHelpPage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding.py" line="-27"/>
        <source>How to save a chat</source>
        <translation>如何儲存對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each app saves chats differently. Pick an app to see its steps.</source>
        <translation>每個應用程式儲存對話的方法都不同。選擇一個應用程式，查看具體步驟。</translation>
    </message>
</context>
<context>
    <name>FalseAlarmDialog</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/false_alarm.py" line="+15"/>
        <source>Why is this a false alarm? For example: &quot;This is her cousin; they were planning a birthday surprise.&quot; Your note stays on this computer and helps you, or a counsellor, remember later.</source>
        <translation>為什麼這是誤報？例如：「這是她的表姊，她們在籌劃一個生日驚喜。」您的備註只保存在這台電腦上，方便您或輔導員日後回顧。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark the alert about {contact} as a false alarm</source>
        <translation>將關於 {contact} 的警示標記為誤報</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this is a false alarm</source>
        <translation>為什麼這是誤報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as false alarm</source>
        <translation>標記為誤報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <location filename="../../src/guardian_app/ui/watching.py" line="+99"/>
        <source>Guardian could not start watching: {reason}</source>
        <translation>Guardian 無法開始監看：{reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{folders} cannot be watched right now; Guardian keeps trying</source>
        <translation>目前無法監看 {folders}；Guardian 會持續嘗試</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk holding Guardian&apos;s data is full; free some space</source>
        <translation>存放 Guardian 資料的磁碟已滿，請騰出一些空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s data cannot be written</source>
        <translation>無法寫入 Guardian 的資料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting to watch 1 folder</source>
        <translation>正在開始監看 1 個資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting to watch {count} folders</source>
        <translation>正在開始監看 {count} 個資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watching 1 folder</source>
        <translation>正在監看 1 個資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watching {count} folders</source>
        <translation>正在監看 {count} 個資料夾</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding_pages.py" line="+38"/>
        <source>Where you will save the chats</source>
        <translation>您將把對話儲存在哪裡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian checks new chat exports in these folders by itself.</source>
        <translation>Guardian 會自動檢查這些資料夾中新的對話匯出檔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder for chat exports</source>
        <translation>選擇存放對話匯出檔的資料夾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders Guardian watches</source>
        <translation>Guardian 監看的資料夾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;folder…</source>
        <translation>新增資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder to watch</source>
        <translation>新增要監看的資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>移除所選(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching the selected folder</source>
        <translation>停止監看所選資料夾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make one folder for exports, for example Documents → Guardian exports, and add it here. You can skip this and check files by hand from the tray menu.</source>
        <translation>專門建立一個存放匯出檔的資料夾，例如「文件 → Guardian 匯出」，並在這裡新增。您也可以略過這一步，之後從系統匣選單手動檢查檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folders Guardian watches:</source>
        <translation>Guardian 監看的資料夾：</translation>
    </message>
</context>
<context>
    <name>GuardianController</name>
    <message>
        <location filename="../../src/guardian_app/ui/controller.py" line="+22"/>
        <source>Chat exports (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;All files (*)</source>
        <translation>對話匯出檔 (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+3"/>
        <location line="+113"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose saved chat exports</source>
        <translation>選擇已儲存的對話匯出檔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder with saved chat exports</source>
        <translation>選擇存有對話匯出檔的資料夾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Guardian is already checking chats. Please wait.</source>
        <translation>Guardian 正在檢查對話，請稍候。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping after the current file…</source>
        <translation>將在目前的檔案檢查完後停止…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian: checking chats ({done} of {total} files)…</source>
        <translation>Guardian：正在檢查對話（第 {done} 個，共 {total} 個檔案）…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} file(s) could not be read: {names}.</source>
        <translation>有 {count} 個檔案無法讀取：{names}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Guardian could not finish checking the chats. {reason}</source>
        <translation>Guardian 未能完成對話檢查。{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian could not finish checking the chats.</source>
        <translation>Guardian 未能完成對話檢查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check was stopped before it finished. Start it again to see the results.</source>
        <translation>檢查在完成前已停止。請重新開始檢查以查看結果。</translation>
    </message>
</context>
<context>
    <name>GuardianTray</name>
    <message>
        <location filename="../../src/guardian_app/ui/tray.py" line="+13"/>
        <source>Guardian: nothing needs your attention</source>
        <translation>Guardian：沒有需要您注意的事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: checking chats…</source>
        <translation>Guardian：正在檢查對話…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: warning signs found</source>
        <translation>Guardian：發現警訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: serious warning signs found</source>
        <translation>Guardian：發現嚴重的警訊</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Guardian</source>
        <translation>開啟 Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts…</source>
        <translation>警示…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a file…</source>
        <translation>掃描檔案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder…</source>
        <translation>掃描資料夾…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor session…</source>
        <translation>輔導會談…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Guardian: Not monitoring: {problem}</source>
        <translation>Guardian：未在監看：{problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tooltip} ({watching})</source>
        <translation>{tooltip}（{watching}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/guardian_app/ui/main_window.py" line="+25"/>
        <source>Guardian looks for signs of grooming in chats you saved from your child&apos;s devices. Nothing leaves this computer.</source>
        <translation>Guardian 會在您從孩子裝置上儲存的對話中尋找誘騙的跡象。任何內容都不會離開這台電腦。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan a file…</source>
        <translation>掃描檔案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder…</source>
        <translation>掃描資料夾…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsellor session…</source>
        <translation>輔導會談…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a family&apos;s chats for one session, without adding them to Guardian; nothing is stored</source>
        <translation>在一次會談中檢查某個家庭的對話，不會將它們加入 Guardian；不儲存任何內容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scan a saved chat file</source>
        <translation>掃描已儲存的對話檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder of saved chats</source>
        <translation>掃描存有對話的資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a counsellor session</source>
        <translation>開始輔導會談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking</source>
        <translation>停止檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the check</source>
        <translation>檢查進度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs found, most serious first</source>
        <translation>發現的警訊（最嚴重的在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Guardian noticed and what to do now</source>
        <translation>Guardian 注意到了什麼，以及現在該怎麼做</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking the chats…</source>
        <translation>正在檢查對話…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {done} of {total}: {name}</source>
        <translation>正在檢查第 {done} 個，共 {total} 個：{name}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/message_delegate.py" line="+42"/>
        <source>Guardian noticed:</source>
        <translation>Guardian 注意到：</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding.py" line="-34"/>
        <source>&lt;p&gt;Guardian reads chats you saved (&quot;exported&quot;) from your child&apos;s apps and looks for the tactics adults use to groom children online: asking for secrecy, offering gifts, asking for photos, pushing to meet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What Guardian does&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Checks saved chats and tells you in plain words what it noticed and why it matters.&lt;/li&gt;&lt;li&gt;Suggests calm next steps and helplines in your country.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;What Guardian does not do&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;It does not read your child&apos;s phone or accounts. It only reads files you save.&lt;/li&gt;&lt;li&gt;It never opens photos, videos or voice messages. It only notes that they were there.&lt;/li&gt;&lt;li&gt;It is not a verdict. A warning is a reason to look closer and talk, not proof.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Our privacy promise:&lt;/b&gt; everything stays on this computer. Guardian never connects to the internet and sends nothing to anyone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Guardian 讀取您從孩子的應用程式中儲存（「匯出」）的對話，尋找成年人在網路上誘騙兒童時常用的手法：要求保密、送禮物、索取照片、催促見面。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guardian 會做什麼&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;檢查已儲存的對話，用淺白的話告訴您它注意到了什麼、為什麼值得注意。&lt;/li&gt;&lt;li&gt;建議冷靜的下一步做法，並提供您所在國家或地區的求助專線。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Guardian 不會做什麼&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;它不會讀取孩子的手機或帳號，只讀取您儲存的檔案。&lt;/li&gt;&lt;li&gt;它絕不開啟照片、影片或語音訊息，只記錄它們存在過。&lt;/li&gt;&lt;li&gt;它的結果不是定論。警示提醒您多加留意、和孩子談一談，並不是證據。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;我們的隱私承諾：&lt;/b&gt;所有內容都留在這台電腦上。Guardian 絕不連上網際網路，也不向任何人傳送任何內容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+7"/>
        <source>Welcome to Guardian</source>
        <translation>歡迎使用 Guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Guardian does, and what it never does.</source>
        <translation>Guardian 會做什麼，以及絕不會做什麼。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and start Guardian</source>
        <translation>完成並啟動 Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel set-up</source>
        <translation>取消設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Guardian could not save your choices: {reason}</source>
        <translation>Guardian 無法儲存您的選擇：{reason}</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/private_files.py" line="+23"/>
        <source>Chat exports (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;All files (*)</source>
        <translation>對話匯出檔 (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open a family&apos;s chat exports (not added to Guardian)</source>
        <translation>開啟某個家庭的對話匯出檔（不會加入 Guardian）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of chat exports (not added to Guardian)</source>
        <translation>開啟存有對話匯出檔的資料夾（不會加入 Guardian）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the case report</source>
        <translation>儲存個案報告</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/prompts.py" line="+34"/>
        <source>Trust this contact?</source>
        <translation>信任這位聯絡人？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {contact} as family or a known friend? Guardian keeps checking the chat, but shows alerts about this contact as trusted. Only do this if you know who they are in real life.</source>
        <translation>將 {contact} 標記為家人或熟識的朋友？Guardian 仍會繼續檢查這個對話，但關於此聯絡人的警示會顯示為「已信任」。只有在您確實認識對方本人時才這樣做。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust {contact}</source>
        <translation>信任 {contact}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian report - {contact}.pdf</source>
        <translation>Guardian 報告 - {contact}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case report</source>
        <translation>儲存個案報告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/risk_chart.py" line="+16"/>
        <source>targeting</source>
        <translation>鎖定目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gaining trust</source>
        <translation>博取信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filling a need</source>
        <translation>滿足需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isolating</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexualising</source>
        <translation>性化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting offline</source>
        <translation>線下見面</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Risk over time</source>
        <translation>風險隨時間的變化</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No risk history is stored for this contact.</source>
        <translation>沒有儲存此聯絡人的風險紀錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{stage} at message {number}</source>
        <translation>第 {number} 則訊息：{stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk rose from {start} to a highest {peak} at message {number}.</source>
        <translation>風險從 {start} 上升，在第 {number} 則訊息時達到最高的 {peak}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages: {stages}.</source>
        <translation>階段：{stages}。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No risk history stored</source>
        <translation>沒有風險紀錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alert line</source>
        <translation>警示線</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>message {number}</source>
        <translation>第 {number} 則</translation>
    </message>
</context>
<context>
    <name>ScanWorker</name>
    <message>
        <location filename="../../src/guardian_app/ui/scan_worker.py" line="+41"/>
        <source>An unexpected problem occurred ({problem}).</source>
        <translation>發生了非預期的問題（{problem}）。</translation>
    </message>
</context>
<context>
    <name>SessionAlertsModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/session_model.py" line="+62"/>
        <source>False alarm ({level})</source>
        <translation>誤報（{level}）</translation>
    </message>
</context>
<context>
    <name>SessionLayout</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/session_layout.py" line="+26"/>
        <source>&lt;b&gt;Counsellor session: nothing is stored.&lt;/b&gt; The chats you open here are checked in this computer&apos;s memory only. They are not added to Guardian&apos;s watched chats, and Guardian forgets them, their alerts and your false-alarm marks when you end the session. The only file written is a case report you choose to save.</source>
        <translation>&lt;b&gt;輔導會談：不儲存任何內容。&lt;/b&gt;您在這裡開啟的對話只在這台電腦的記憶體中檢查，不會加入 Guardian 監看的對話。會談結束時，Guardian 會忘記這些對話、它們的警示以及您的誤報標記。唯一會寫入的檔案，是您選擇儲存的個案報告。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing from this session is stored</source>
        <translation>本次會談的內容都不會儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;files…</source>
        <translation>開啟檔案(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a f&amp;older…</source>
        <translation>開啟資料夾(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save case report…</source>
        <translation>儲存個案報告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End session</source>
        <translation>結束會談(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. Emma, em_draws</source>
        <translation>選填，例如 Emma, em_draws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s names in the chats, separated by commas</source>
        <translation>孩子在對話中的名字，以逗號分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild&apos;s names:</source>
        <translation>孩子的名字(&amp;H)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country for helplines</source>
        <translation>求助專線所在的國家或地區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a country</source>
        <translation>選擇國家或地區</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helplines &amp;for:</source>
        <translation>求助專線地區(&amp;F)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress of the check</source>
        <translation>檢查進度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last action</source>
        <translation>最近的操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts with warning signs, most serious first</source>
        <translation>有警訊的聯絡人（最嚴重的在前）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as a false alarm for this session</source>
        <translation>在本次會談中標記為誤報</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking file {done} of {total}…</source>
        <translation>正在檢查第 {done} 個檔案，共 {total} 個…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the chats…</source>
        <translation>正在檢查對話…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a &amp;false alarm</source>
        <translation>不是誤報(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Mark as &amp;false alarm</source>
        <translation>標記為誤報(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/settings_dialog.py" line="+48"/>
        <source>Choose a folder for chat exports</source>
        <translation>選擇存放對話匯出檔的資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: settings</source>
        <translation>Guardian：設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings sections</source>
        <translation>設定分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts, data and language</source>
        <translation>警示、資料和語言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with these settings</source>
        <translation>這些設定有問題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folders Guardian watches</source>
        <translation>Guardian 監看的資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;folder…</source>
        <translation>新增資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;watching the selected folder</source>
        <translation>停止監看所選資料夾(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian checks new chat exports saved in these folders by itself. It never changes or deletes your files.</source>
        <translation>Guardian 會自動檢查儲存在這些資料夾中的新對話匯出檔，絕不變更或刪除您的檔案。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show a &amp;notification when Guardian finds warning signs (it never shows message text)</source>
        <translation>Guardian 發現警訊時顯示通知（絕不顯示訊息內容）(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long Guardian keeps checked chats</source>
        <translation>Guardian 保留已檢查對話的時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 months</source>
        <translation>6 個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until I delete them</source>
        <translation>直到我手動刪除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of Guardian&apos;s windows</source>
        <translation>Guardian 視窗的語言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep checked chats and alerts for:</source>
        <translation>已檢查的對話和警示保留(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only Guardian&apos;s own records are affected: your saved export files are never changed or deleted.</source>
        <translation>這只影響 Guardian 自己的紀錄：您儲存的匯出檔絕不會被變更或刪除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used in the windows you open after saving.</source>
        <translation>儲存後新開啟的視窗將使用新的語言。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This folder cannot be found: {folder}</source>
        <translation>找不到這個資料夾：{folder}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This folder cannot be found: {folder}. Remove it, or connect the drive it is on.</source>
        <translation>找不到這個資料夾：{folder}。請將其移除，或連接它所在的磁碟。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian could not save the settings: {reason}</source>
        <translation>Guardian 無法儲存設定：{reason}</translation>
    </message>
</context>
<context>
    <name>StoredAlertsModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/stored_alerts_model.py" line="+29"/>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>警訊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs review</source>
        <translation>待檢視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>已檢視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False alarm</source>
        <translation>誤報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted contact</source>
        <translation>信任的聯絡人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%d %b %Y</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date unknown</source>
        <translation>日期不明</translation>
    </message>
</context>
</TS>
