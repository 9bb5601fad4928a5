<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>Guardian：警报</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show alerts for which child</source>
        <translation>显示哪个孩子的警报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Child:</source>
        <translation>孩子(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;reviewed alerts and false alarms</source>
        <translation>显示已查看的警报和误报(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alerts, most serious first</source>
        <translation>警报（最严重的在前）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last action</source>
        <translation>最近的操作</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{open} alert(s) need review, {total} in all.</source>
        <translation>{open} 条警报待查看，共 {total} 条。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Guardian could not open this alert: {reason}</source>
        <translation>Guardian 无法打开这条警报：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You marked this as a false alarm</source>
        <translation>您已将此标记为误报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You trust this contact</source>
        <translation>您信任这位联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reviewed this alert</source>
        <translation>您已查看这条警报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ({date}): {reason}</source>
        <translation>{what}（{date}）：{reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Marked as reviewed.</source>
        <translation>已标记为已查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this contact</source>
        <translation>这位联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked as a false alarm. Your reason was saved with the alert.</source>
        <translation>已标记为误报。您填写的原因已随警报一起保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{contact} is now a trusted contact in this chat.</source>
        <translation>{contact} 现在是此聊天中您信任的联系人。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the case report…</source>
        <translation>正在生成个案报告…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The case report was saved: {path}</source>
        <translation>个案报告已保存：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian could not write the case report. The chat file may have moved since it was checked.</source>
        <translation>Guardian 无法生成个案报告。检查之后，聊天文件可能已被移动。</translation>
    </message>
</context>
<context>
    <name>AlertHtml</name>
    <message>
        <location filename="../../src/guardian_app/ui/alert_html.py" line="+52"/>
        <source>Add your child&apos;s country in Settings to see helplines here. In an emergency, call your local emergency number.</source>
        <translation>请在“设置”中填写孩子所在的国家或地区，这里就会显示求助热线。如遇紧急情况，请拨打当地的紧急电话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian has no helpline list for {country} yet. In an emergency, call your local emergency number. Your local police can tell you where to report online abuse of a child.</source>
        <translation>Guardian 暂时还没有{country}的求助热线列表。如遇紧急情况，请拨打当地的紧急电话。当地警方可以告诉您在哪里举报针对儿童的网络侵害。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Helpline</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helplines in {country}:</source>
        <translation>{country}的求助热线：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown sender</source>
        <translation>未知发送者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level: {level}</source>
        <translation>级别：{level}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What to do now</source>
        <translation>现在该怎么做</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Guardian noticed</source>
        <translation>Guardian 注意到了什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highlighted lines (▶) are the messages Guardian noticed; the lines around them are shown so you can read them in context.</source>
        <translation>突出显示的行（▶）是 Guardian 注意到的消息；同时显示其前后的消息，方便您结合上下文阅读。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it matters:</source>
        <translation>为什么值得注意：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chat: {chat} ({app} export, {count} messages)</source>
        <translation>聊天：{chat}（{app} 导出，共 {count} 条消息）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your child in this chat: {child}.</source>
        <translation>此聊天中的孩子：{child}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this chat</source>
        <translation>关于此聊天</translation>
    </message>
</context>
<context>
    <name>AlertView</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/alert_view.py" line="+12"/>
        <source>Case reports are not available in this version of Guardian yet.</source>
        <translation>此版本的 Guardian 暂不支持个案报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;No alert selected&lt;/h2&gt;&lt;p&gt;Choose an alert on the left to see what Guardian noticed and what to do now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未选择警报&lt;/h2&gt;&lt;p&gt;请在左侧选择一条警报，查看 Guardian 注意到了什么，以及现在该怎么做。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark as &amp;reviewed</source>
        <translation>标记为已查看(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this alert as reviewed</source>
        <translation>将这条警报标记为已查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;False alarm…</source>
        <translation>误报(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this alert as a false alarm, with a reason</source>
        <translation>将这条警报标记为误报，并填写原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this contact</source>
        <translation>信任此联系人(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust this contact: family or a known friend</source>
        <translation>信任此联系人：家人或熟识的朋友</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport case report…</source>
        <translation>导出个案报告(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export a case report</source>
        <translation>导出个案报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the &amp;whole chat…</source>
        <translation>阅读完整聊天(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole chat, with the warning signs highlighted</source>
        <translation>阅读完整聊天，警示信号会突出显示</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk over time (stages marked where they first showed up):</source>
        <translation>风险随时间的变化（标出了各阶段首次出现的位置）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What Guardian noticed and what to do now</source>
        <translation>Guardian 注意到了什么，以及现在该怎么做</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/alerts_model.py" line="+29"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>无</translation>
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
        <translation>严重</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not sure</source>
        <translation>不确定</translation>
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
        <translation>孩子在聊天中使用的名字，用逗号分隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your child&apos;s age</source>
        <translation>孩子的年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country you live in, for helplines</source>
        <translation>您所在的国家或地区（用于显示求助热线）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another country</source>
        <translation>其他国家或地区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Names used in chats:</source>
        <translation>聊天中使用的名字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age:</source>
        <translation>年龄(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country (for helplines):</source>
        <translation>国家或地区（用于求助热线）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{names} (age {age}, {country})</source>
        <translation>{names}（{age} 岁，{country}）</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/settings_children.py" line="+29"/>
        <source>Fewer alerts: only serious warning signs</source>
        <translation>较少警报：只提醒严重的警示信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced (recommended)</source>
        <translation>均衡（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More alerts: early warning signs too</source>
        <translation>较多警报：早期警示信号也会提醒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your children</source>
        <translation>您的孩子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a child</source>
        <translation>添加孩子(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove this child</source>
        <translation>移除这个孩子(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Emma, em_draws, Emmy</source>
        <translation>例如：Emma, em_draws, Emmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names this child uses in chats, separated by commas</source>
        <translation>这个孩子在聊天中使用的名字，用逗号分隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This child&apos;s age</source>
        <translation>这个孩子的年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country, for helplines</source>
        <translation>国家或地区（用于求助热线）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another country</source>
        <translation>其他国家或地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How readily Guardian alerts about this child</source>
        <translation>Guardian 对这个孩子发出警报的灵敏度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Names used in chats:</source>
        <translation>聊天中使用的名字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge:</source>
        <translation>年龄(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry (for helplines):</source>
        <translation>国家或地区（用于求助热线）(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensitivity:</source>
        <translation>灵敏度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a child to change their details. Write every name the child uses in chats, so Guardian knows which side of a chat is your child. &quot;More alerts&quot; also tells you about early warning signs; &quot;Fewer alerts&quot; only about serious ones.</source>
        <translation>选择一个孩子来修改其信息。请写下孩子在聊天中使用的所有名字，这样 Guardian 才知道聊天中哪一方是您的孩子。“较多警报”也会提醒早期的警示信号；“较少警报”只提醒严重的信号。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>age not given</source>
        <translation>未填写年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name yet)</source>
        <translation>（尚无名字）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Each child needs at least one name used in chats.</source>
        <translation>每个孩子至少需要一个在聊天中使用的名字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The age must be between {low} and {high}.</source>
        <translation>年龄必须在 {low} 到 {high} 岁之间。</translation>
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
        <translation>添加您希望 Guardian 检查其聊天的每个孩子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add this child</source>
        <translation>添加这个孩子(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this child to the list</source>
        <translation>将这个孩子添加到列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected child from the list</source>
        <translation>从列表中移除所选的孩子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children added</source>
        <translation>已添加的孩子</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write every name your child uses in chats: first name, nickname, user names. Guardian uses them to know which side of a chat is your child. The country chooses which helplines Guardian shows you.</source>
        <translation>请写下孩子在聊天中使用的所有名字：名字、昵称、用户名。Guardian 据此判断聊天中哪一方是您的孩子。国家或地区决定 Guardian 向您显示哪些求助热线。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children you added:</source>
        <translation>您添加的孩子：</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/conversation_model.py" line="+33"/>
        <source>a photo</source>
        <translation>一张照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>一段视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a voice message</source>
        <translation>一条语音消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sticker</source>
        <translation>一个表情贴图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact card</source>
        <translation>一张联系人名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a location</source>
        <translation>一个位置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{what} was shared here — not opened]</source>
        <translation>[此处分享了{what}——未打开]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[this message was deleted]</source>
        <translation>[此消息已被删除]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time unknown</source>
        <translation>时间不明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sender</source>
        <translation>未知发送者</translation>
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
        <translation>Guardian：完整聊天“{title}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} messages, oldest first. Highlighted in yellow: the messages from {contact} where Guardian noticed a warning sign ({signs} in all); the sign is named beside each one. Photos, videos and files are never opened: Guardian only notes that they were there.</source>
        <translation>共 {count} 条消息，最早的在前。黄色突出显示的是 {contact} 发出、Guardian 发现警示信号的消息（共 {signs} 条），每条旁边都注明了是哪种信号。照片、视频和文件从不会被打开：Guardian 只记录它们存在过。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words to find in this chat</source>
        <translation>要在此聊天中查找的词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in this chat</source>
        <translation>在此聊天中查找词语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous match</source>
        <translation>上一个匹配(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next match</source>
        <translation>下一个匹配(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous &amp;highlighted message</source>
        <translation>上一条突出显示的消息(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next highlighted &amp;message</source>
        <translation>下一条突出显示的消息(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages in this chat, oldest first</source>
        <translation>此聊天中的消息（最早的在前）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No message contains “{words}”.</source>
        <translation>没有消息包含“{words}”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match {n} of {total} messages.</source>
        <translation>第 {n} 个匹配，共 {total} 条消息。</translation>
    </message>
</context>
<context>
    <name>CounsellorSession</name>
    <message>
        <location filename="../../src/guardian_app/ui/session_window.py" line="+35"/>
        <source>You marked this as a false alarm in this session. It will be left out of the case report. Nothing about it is saved.</source>
        <translation>您在本次会谈中将此标记为误报。它不会出现在个案报告中，与它有关的任何内容都不会被保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counsellor session has ended. Guardian has forgotten the chats, the alerts and the false-alarm marks from it; nothing from the session was kept on this computer.</source>
        <translation>辅导会谈已结束。Guardian 已忘记本次会谈中的聊天、警报和误报标记；本次会谈的任何内容都没有保留在这台电脑上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The counsellor session has ended. Guardian has forgotten the chats, the alerts and the false-alarm marks from it; nothing from the session was kept on this computer, except the case report you saved.</source>
        <translation>辅导会谈已结束。Guardian 已忘记本次会谈中的聊天、警报和误报标记；除了您保存的个案报告，本次会谈的任何内容都没有保留在这台电脑上。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the counsellor session?</source>
        <translation>结束辅导会谈？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian will forget these chats, the alerts and your false-alarm marks. Nothing from this session is kept. Save the case report first if you need it.</source>
        <translation>Guardian 将忘记这些聊天、警报和您的误报标记，本次会谈的任何内容都不会保留。如果需要个案报告，请先保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End and forget</source>
        <translation>结束并忘记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the session open</source>
        <translation>继续会谈</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Guardian: counsellor session (nothing is stored)</source>
        <translation>Guardian：辅导会谈（不保存任何内容）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Guardian is still checking the chats. Please wait.</source>
        <translation>Guardian 仍在检查聊天，请稍候。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian could not finish checking the chats. {reason}</source>
        <translation>Guardian 未能完成聊天检查。{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped before it finished.</source>
        <translation>检查在完成前已停止。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{name} is marked as a false alarm for this session and will be left out of the case report.</source>
        <translation>{name} 在本次会谈中已标记为误报，不会出现在个案报告中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is no longer marked as a false alarm.</source>
        <translation>{name} 不再标记为误报。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian case report {date}.pdf</source>
        <translation>Guardian 个案报告 {date}.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guardian cannot save the report there: {problem}.</source>
        <translation>Guardian 无法把报告保存在那里：{problem}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian could not save the case report: {reason}.</source>
        <translation>Guardian 无法保存个案报告：{reason}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case report was saved to {path}. It covers {count} contact(s) with an alert; {left_out} false alarm(s) left out. Nothing else was saved.</source>
        <translation>个案报告已保存到 {path}。报告涵盖 {count} 位有警报的联系人，未包含 {left_out} 个误报。没有保存其他任何内容。</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/guardian_app/ui/countries.py" line="+11"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (mainland)</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>俄罗斯</translation>
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
        <translation>韩国</translation>
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
        <translation>中国台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../src/guardian_app/ui/detail_html.py" line="+37"/>
        <source>a photo</source>
        <translation>一张照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a video</source>
        <translation>一段视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a voice message</source>
        <translation>一条语音消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sticker</source>
        <translation>一个表情贴图</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>a contact card</source>
        <translation>一张联系人名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a location</source>
        <translation>一个位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian never opens, copies or shows photos, videos or other files from a chat. It only notes that they were there.</source>
        <translation>Guardian 从不打开、复制或显示聊天中的照片、视频或其他文件，只记录它们存在过。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS backup</source>
        <translation>短信备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time unknown</source>
        <translation>时间不明</translation>
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
        <translation>此处分享了{what}。Guardian 不会打开照片、视频或文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this message was deleted</source>
        <translation>此消息已被删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {number}</source>
        <translation>第 {number} 条消息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown sender</source>
        <translation>未知发送者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…and {count} more message(s).</source>
        <translation>……另有 {count} 条消息。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level: {level}</source>
        <translation>级别：{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters:</source>
        <translation>为什么值得注意：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do now</source>
        <translation>现在该怎么做</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Guardian noticed</source>
        <translation>Guardian 注意到了什么</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chat: {chat} ({app} export, {count} messages)</source>
        <translation>聊天：{chat}（{app} 导出，共 {count} 条消息）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this chat</source>
        <translation>关于此聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {file}</source>
        <translation>文件：{file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your child in this chat: {child}.</source>
        <translation>此聊天中的孩子：{child}。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/detail_pane.py" line="+11"/>
        <source>&lt;h2&gt;No warning signs to show yet&lt;/h2&gt;&lt;p&gt;Guardian looks for the tactics of online grooming in chats you saved from your child&apos;s phone or computer.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Scan a file…&lt;/b&gt; or &lt;b&gt;Scan a folder…&lt;/b&gt; to check a saved chat export. Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;暂时没有可显示的警示信号&lt;/h2&gt;&lt;p&gt;Guardian 会在您从孩子的手机或电脑上保存的聊天中，查找网络诱骗的常见手法。&lt;/p&gt;&lt;p&gt;选择&lt;b&gt;扫描文件…&lt;/b&gt;或&lt;b&gt;扫描文件夹…&lt;/b&gt;来检查已保存的聊天导出文件。任何内容都不会离开这台电脑。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;Nothing that needs your attention&lt;/h2&gt;&lt;p&gt;Guardian checked the chats and did not find warning signs of grooming.&lt;/p&gt;&lt;p&gt;Guardian can miss things. If something worries you, trust your feeling and talk with your child calmly.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;没有需要您注意的内容&lt;/h2&gt;&lt;p&gt;Guardian 检查了这些聊天，没有发现诱骗的警示信号。&lt;/p&gt;&lt;p&gt;Guardian 也可能有遗漏。如果有什么让您担心，请相信自己的感觉，平静地和孩子谈一谈。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding.py" line="+64"/>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your choices, then press Finish.</source>
        <translation>请确认您的选择，然后按“完成”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of your choices</source>
        <translation>您的选择摘要</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian will sit in the tray (near the clock). It tells you when it finds something, without showing any message text in the notification. You can change all of this later in Settings.</source>
        <translation>Guardian 会待在系统托盘中（时钟旁边）。发现情况时会通知您，通知中不会显示任何消息内容。以上所有选项之后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children:</source>
        <translation>孩子：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folders Guardian watches:</source>
        <translation>Guardian 监视的文件夹：</translation>
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
        <translation>Guardian 内部出了问题。您的聊天没有被更改。

详细信息已写入日志文件夹：
{folder}</translation>
    </message>
</context>
<context>
    <name>ExportHelp</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/export_help.py" line="+18"/>
        <source>Saving a chat</source>
        <translation>保存聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most chat apps can save (&quot;export&quot;) a chat to a file. In the app, open the chat and look for **Export chat**, **Download your information** or **Back up**. Choose **without media** when asked. Save the file into the folder Guardian watches.

Never open, copy or forward photos or videos of your child from an export.</source>
        <translation>大多数聊天应用都能把聊天保存（“导出”）为文件。在应用中打开聊天，找到**导出聊天**、**下载你的信息**或**备份**。询问时请选择**不含媒体**。把文件保存到 Guardian 监视的文件夹中。

切勿打开、复制或转发导出文件中您孩子的照片或视频。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Chat app</source>
        <translation>聊天应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the app your child uses</source>
        <translation>选择孩子使用的应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Which app does your child use?</source>
        <translation>孩子使用哪个应用？(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to save a chat from this app</source>
        <translation>如何从这个应用保存聊天</translation>
    </message>
</context>
<context>
    <name>ExportHelpPage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding.py" line="-27"/>
        <source>How to save a chat</source>
        <translation>如何保存聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each app saves chats differently. Pick an app to see its steps.</source>
        <translation>每个应用保存聊天的方法都不同。选择一个应用，查看具体步骤。</translation>
    </message>
</context>
<context>
    <name>FalseAlarmDialog</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/false_alarm.py" line="+15"/>
        <source>Why is this a false alarm? For example: &quot;This is her cousin; they were planning a birthday surprise.&quot; Your note stays on this computer and helps you, or a counsellor, remember later.</source>
        <translation>为什么这是误报？例如：“这是她的表姐，她们在筹划一个生日惊喜。”您的备注只保存在这台电脑上，方便您或辅导员日后回顾。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark the alert about {contact} as a false alarm</source>
        <translation>将关于 {contact} 的警报标记为误报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this is a false alarm</source>
        <translation>为什么这是误报</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as false alarm</source>
        <translation>标记为误报</translation>
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
        <translation>Guardian 无法开始监视：{reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{folders} cannot be watched right now; Guardian keeps trying</source>
        <translation>目前无法监视 {folders}；Guardian 会继续尝试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk holding Guardian&apos;s data is full; free some space</source>
        <translation>存放 Guardian 数据的磁盘已满，请腾出一些空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s data cannot be written</source>
        <translation>无法写入 Guardian 的数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting to watch 1 folder</source>
        <translation>正在开始监视 1 个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting to watch {count} folders</source>
        <translation>正在开始监视 {count} 个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watching 1 folder</source>
        <translation>正在监视 1 个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watching {count} folders</source>
        <translation>正在监视 {count} 个文件夹</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/onboarding_pages.py" line="+38"/>
        <source>Where you will save the chats</source>
        <translation>您将把聊天保存在哪里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian checks new chat exports in these folders by itself.</source>
        <translation>Guardian 会自动检查这些文件夹中新的聊天导出文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder for chat exports</source>
        <translation>选择存放聊天导出文件的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders Guardian watches</source>
        <translation>Guardian 监视的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder to watch</source>
        <translation>添加要监视的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching the selected folder</source>
        <translation>停止监视所选文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make one folder for exports, for example Documents → Guardian exports, and add it here. You can skip this and check files by hand from the tray menu.</source>
        <translation>专门建一个存放导出文件的文件夹，例如“文档 → Guardian 导出”，并在这里添加。您也可以跳过这一步，之后从托盘菜单手动检查文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folders Guardian watches:</source>
        <translation>Guardian 监视的文件夹：</translation>
    </message>
</context>
<context>
    <name>GuardianController</name>
    <message>
        <location filename="../../src/guardian_app/ui/controller.py" line="+22"/>
        <source>Chat exports (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;All files (*)</source>
        <translation>聊天导出文件 (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;所有文件 (*)</translation>
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
        <translation>选择已保存的聊天导出文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder with saved chat exports</source>
        <translation>选择存有聊天导出文件的文件夹</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Guardian is already checking chats. Please wait.</source>
        <translation>Guardian 正在检查聊天，请稍候。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping after the current file…</source>
        <translation>将在当前文件检查完后停止…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian: checking chats ({done} of {total} files)…</source>
        <translation>Guardian：正在检查聊天（第 {done} 个，共 {total} 个文件）…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} file(s) could not be read: {names}.</source>
        <translation>有 {count} 个文件无法读取：{names}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Guardian could not finish checking the chats. {reason}</source>
        <translation>Guardian 未能完成聊天检查。{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian could not finish checking the chats.</source>
        <translation>Guardian 未能完成聊天检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check was stopped before it finished. Start it again to see the results.</source>
        <translation>检查在完成前已停止。请重新开始检查以查看结果。</translation>
    </message>
</context>
<context>
    <name>GuardianTray</name>
    <message>
        <location filename="../../src/guardian_app/ui/tray.py" line="+13"/>
        <source>Guardian: nothing needs your attention</source>
        <translation>Guardian：没有需要您注意的事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: checking chats…</source>
        <translation>Guardian：正在检查聊天…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: warning signs found</source>
        <translation>Guardian：发现警示信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: serious warning signs found</source>
        <translation>Guardian：发现严重的警示信号</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Guardian</source>
        <translation>打开 Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts…</source>
        <translation>警报…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a file…</source>
        <translation>扫描文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder…</source>
        <translation>扫描文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor session…</source>
        <translation>辅导会谈…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Guardian: Not monitoring: {problem}</source>
        <translation>Guardian：未在监视：{problem}</translation>
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
        <translation>Guardian 会在您从孩子设备上保存的聊天中查找诱骗的迹象。任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan a file…</source>
        <translation>扫描文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder…</source>
        <translation>扫描文件夹…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsellor session…</source>
        <translation>辅导会谈…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a family&apos;s chats for one session, without adding them to Guardian; nothing is stored</source>
        <translation>在一次会谈中检查某个家庭的聊天，不会把它们加入 Guardian；不保存任何内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scan a saved chat file</source>
        <translation>扫描已保存的聊天文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a folder of saved chats</source>
        <translation>扫描存有聊天的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a counsellor session</source>
        <translation>开始辅导会谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop checking</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the check</source>
        <translation>检查进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs found, most serious first</source>
        <translation>发现的警示信号（最严重的在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Guardian noticed and what to do now</source>
        <translation>Guardian 注意到了什么，以及现在该怎么做</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking the chats…</source>
        <translation>正在检查聊天…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {done} of {total}: {name}</source>
        <translation>正在检查第 {done} 个，共 {total} 个：{name}</translation>
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
        <translation>&lt;p&gt;Guardian 读取您从孩子的应用中保存（“导出”）的聊天，查找成年人在网上诱骗儿童时常用的手法：要求保密、送礼物、索要照片、催促见面。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guardian 会做什么&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;检查已保存的聊天，用浅显的话告诉您它注意到了什么、为什么值得注意。&lt;/li&gt;&lt;li&gt;建议冷静的下一步做法，并提供您所在国家或地区的求助热线。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Guardian 不会做什么&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;它不会读取孩子的手机或账号，只读取您保存的文件。&lt;/li&gt;&lt;li&gt;它从不打开照片、视频或语音消息，只记录它们存在过。&lt;/li&gt;&lt;li&gt;它的结果不是定论。警示提醒您多加留意、和孩子谈一谈，并不是证据。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;我们的隐私承诺：&lt;/b&gt;所有内容都留在这台电脑上。Guardian 从不连接互联网，也不向任何人发送任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+7"/>
        <source>Welcome to Guardian</source>
        <translation>欢迎使用 Guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Guardian does, and what it never does.</source>
        <translation>Guardian 会做什么，以及绝不会做什么。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and start Guardian</source>
        <translation>完成并启动 Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel set-up</source>
        <translation>取消设置</translation>
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
        <translation>Guardian 无法保存您的选择：{reason}</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/private_files.py" line="+23"/>
        <source>Chat exports (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;All files (*)</source>
        <translation>聊天导出文件 (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open a family&apos;s chat exports (not added to Guardian)</source>
        <translation>打开某个家庭的聊天导出文件（不会加入 Guardian）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a folder of chat exports (not added to Guardian)</source>
        <translation>打开存有聊天导出文件的文件夹（不会加入 Guardian）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the case report</source>
        <translation>保存个案报告</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/prompts.py" line="+34"/>
        <source>Trust this contact?</source>
        <translation>信任这位联系人？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {contact} as family or a known friend? Guardian keeps checking the chat, but shows alerts about this contact as trusted. Only do this if you know who they are in real life.</source>
        <translation>将 {contact} 标记为家人或熟识的朋友？Guardian 仍会继续检查这个聊天，但关于此联系人的警报会显示为“已信任”。只有在您确实认识对方本人时才这样做。</translation>
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
        <translation>Guardian 报告 - {contact}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case report</source>
        <translation>保存个案报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/risk_chart.py" line="+16"/>
        <source>targeting</source>
        <translation>锁定目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gaining trust</source>
        <translation>博取信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filling a need</source>
        <translation>满足需求</translation>
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
        <translation>线下见面</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Risk over time</source>
        <translation>风险随时间的变化</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No risk history is stored for this contact.</source>
        <translation>没有保存此联系人的风险记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{stage} at message {number}</source>
        <translation>第 {number} 条消息：{stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk rose from {start} to a highest {peak} at message {number}.</source>
        <translation>风险从 {start} 上升，在第 {number} 条消息时达到最高的 {peak}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages: {stages}.</source>
        <translation>阶段：{stages}。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No risk history stored</source>
        <translation>没有风险记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alert line</source>
        <translation>警报线</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>message {number}</source>
        <translation>第 {number} 条</translation>
    </message>
</context>
<context>
    <name>ScanWorker</name>
    <message>
        <location filename="../../src/guardian_app/ui/scan_worker.py" line="+41"/>
        <source>An unexpected problem occurred ({problem}).</source>
        <translation>发生了意外问题（{problem}）。</translation>
    </message>
</context>
<context>
    <name>SessionAlertsModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/session_model.py" line="+62"/>
        <source>False alarm ({level})</source>
        <translation>误报（{level}）</translation>
    </message>
</context>
<context>
    <name>SessionLayout</name>
    <message>
        <location filename="../../src/guardian_app/ui/widgets/session_layout.py" line="+26"/>
        <source>&lt;b&gt;Counsellor session: nothing is stored.&lt;/b&gt; The chats you open here are checked in this computer&apos;s memory only. They are not added to Guardian&apos;s watched chats, and Guardian forgets them, their alerts and your false-alarm marks when you end the session. The only file written is a case report you choose to save.</source>
        <translation>&lt;b&gt;辅导会谈：不保存任何内容。&lt;/b&gt;您在这里打开的聊天只在这台电脑的内存中检查，不会加入 Guardian 监视的聊天。会谈结束时，Guardian 会忘记这些聊天、它们的警报以及您的误报标记。唯一会写入的文件，是您选择保存的个案报告。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing from this session is stored</source>
        <translation>本次会谈的内容都不会保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;files…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a f&amp;older…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save case report…</source>
        <translation>保存个案报告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End session</source>
        <translation>结束会谈(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. Emma, em_draws</source>
        <translation>可选，例如 Emma, em_draws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s names in the chats, separated by commas</source>
        <translation>孩子在聊天中的名字，用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild&apos;s names:</source>
        <translation>孩子的名字(&amp;H)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country for helplines</source>
        <translation>求助热线所在的国家或地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a country</source>
        <translation>选择国家或地区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helplines &amp;for:</source>
        <translation>求助热线地区(&amp;F)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress of the check</source>
        <translation>检查进度</translation>
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
        <translation>有警示信号的联系人（最严重的在前）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as a false alarm for this session</source>
        <translation>在本次会谈中标记为误报</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking file {done} of {total}…</source>
        <translation>正在检查第 {done} 个文件，共 {total} 个…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the chats…</source>
        <translation>正在检查聊天…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a &amp;false alarm</source>
        <translation>不是误报(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Mark as &amp;false alarm</source>
        <translation>标记为误报(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/guardian_app/ui/dialogs/settings_dialog.py" line="+48"/>
        <source>Choose a folder for chat exports</source>
        <translation>选择存放聊天导出文件的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian: settings</source>
        <translation>Guardian：设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings sections</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts, data and language</source>
        <translation>警报、数据和语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with these settings</source>
        <translation>这些设置有问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folders Guardian watches</source>
        <translation>Guardian 监视的文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;watching the selected folder</source>
        <translation>停止监视所选文件夹(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian checks new chat exports saved in these folders by itself. It never changes or deletes your files.</source>
        <translation>Guardian 会自动检查保存在这些文件夹中的新聊天导出文件，从不更改或删除您的文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show a &amp;notification when Guardian finds warning signs (it never shows message text)</source>
        <translation>Guardian 发现警示信号时显示通知（从不显示消息内容）(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long Guardian keeps checked chats</source>
        <translation>Guardian 保留已检查聊天的时长</translation>
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
        <translation>6 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until I delete them</source>
        <translation>直到我手动删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of Guardian&apos;s windows</source>
        <translation>Guardian 窗口的语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep checked chats and alerts for:</source>
        <translation>已检查的聊天和警报保留(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only Guardian&apos;s own records are affected: your saved export files are never changed or deleted.</source>
        <translation>这只影响 Guardian 自己的记录：您保存的导出文件绝不会被更改或删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used in the windows you open after saving.</source>
        <translation>保存后新打开的窗口将使用新的语言。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This folder cannot be found: {folder}</source>
        <translation>找不到这个文件夹：{folder}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This folder cannot be found: {folder}. Remove it, or connect the drive it is on.</source>
        <translation>找不到这个文件夹：{folder}。请将其移除，或连接它所在的磁盘。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian could not save the settings: {reason}</source>
        <translation>Guardian 无法保存设置：{reason}</translation>
    </message>
</context>
<context>
    <name>StoredAlertsModel</name>
    <message>
        <location filename="../../src/guardian_app/ui/stored_alerts_model.py" line="+29"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs review</source>
        <translation>待查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted contact</source>
        <translation>信任的联系人</translation>
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
