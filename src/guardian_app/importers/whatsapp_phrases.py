"""Localised WhatsApp strings: system notices, media placeholders, deleted and edited markers.

All comparisons are made on ``casefold()``-ed, cleaned text. The English, German, Dutch,
Vietnamese and Arabic strings were checked against real exports in ../shared/formats; the
others follow the phrase tables of public parsers (whats_json, chat-analytics, ChatLab) and
are best effort. A phrase missing here degrades gracefully: the line stays a text message.
"""

from __future__ import annotations

import re

# Whole-body deleted markers ("." at the end is optional). Value: True when only the export's
# owner can see it ("You deleted this message"), which tells us who the owner is.
DELETED: dict[str, bool] = {
    "this message was deleted": False, "you deleted this message": True,
    "diese nachricht wurde gelöscht": False, "du hast diese nachricht gelöscht": True,
    "se eliminó este mensaje": False, "eliminaste este mensaje": True,
    "este mensaje fue eliminado": False,
    "esta mensagem foi apagada": False, "mensagem apagada": False,
    "você apagou esta mensagem": True,
    "ce message a été supprimé": False, "vous avez supprimé ce message": True,
    "dit bericht is verwijderd": False, "u hebt dit bericht verwijderd": True,
    "je hebt dit bericht verwijderd": True,
    "данное сообщение удалено": False, "это сообщение удалено": False,
    "вы удалили данное сообщение": True, "вы удалили это сообщение": True,
    "questo messaggio è stato eliminato": False, "hai eliminato questo messaggio": True,
    "pesan ini telah dihapus": False, "anda menghapus pesan ini": True,
    "此消息已删除": False, "你删除了此消息": True, "此訊息已刪除": False, "你已刪除此訊息": True,
    "tin nhắn này đã bị xóa": False, "tin nhắn này đã bị xoá": False,
    "bạn đã xoá tin nhắn này": True, "bạn đã xóa tin nhắn này": True,
    "تم حذف هذه الرسالة": False, "لقد حذَفت هذه الرسالة": True, "لقد حذفت هذه الرسالة": True,
    "bu mesaj silindi": False, "bu mesajı sildiniz": True,
    "このメッセージは削除されました": False, "このメッセージを削除しました": True,
    "이 메시지는 삭제되었습니다": False, "삭제된 메시지입니다": False,
    "이 메시지를 삭제했습니다": True, "삭제한 메시지입니다": True,
}  # fmt: skip

# Android exports without media: the whole first line of the body.
MEDIA_OMITTED_TAGS = frozenset({
    "<media omitted>", "<medien ausgeschlossen>", "<medien weggelassen>", "<media weggelaten>",
    "<multimedia omitido>", "<archivo omitido>", "<mídia oculta>", "<arquivo de mídia oculto>",
    "<médias omis>", "<fichier omis>", "<media omessi>", "<без медиафайлов>",
    "<media tidak disertakan>", "<省略影音内容>", "<已忽略媒体>", "<tệp phương tiện bị bỏ qua>",
    "<mídia omitida>", "<media omesso>", "<medya dahil edilmedi>", "<medya atlanmış>",
    "<メディアは含まれていません>", "<미디어 파일을 생략한 대화내용>",
})  # fmt: skip

# Android exports with media: "IMG-20240314-WA0001.jpg (file attached)".
ATTACHED_SUFFIXES = (
    "file attached", "datei angehängt", "bestand bijgevoegd", "archivo adjunto",
    "arquivo anexado", "fichier joint", "file allegato", "файл прикреплен", "файл добавлен",
    "file terlampir", "文件附件", "已附加文件", "tệp đính kèm", "ملف مرفق",
    "dosya ekli", "添付ファイル有り", "파일 첨부됨",
)  # fmt: skip
WA_MEDIA_NAME = re.compile(r"^(?:IMG|VID|PTT|AUD|STK|DOC)-\d{8}-WA\d+", re.IGNORECASE)

# iOS exports with media: "<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>".
IOS_ATTACHED = re.compile(
    r"<\s*(?:attached|anhang|adjunto|anexo|allegato|bijlage|pièce jointe|joint|вложение|"
    r"lampiran|附件|đính kèm|مرفق)\s*:\s*(?P<file>[^<>]+?)\s*>",
    re.IGNORECASE,
)

# iOS exports without media: the last mark-separated segment of the body.
OMITTED: dict[str, str] = {
    "image omitted": "image", "video omitted": "video", "audio omitted": "audio",
    "sticker omitted": "sticker", "gif omitted": "gif", "contact card omitted": "contact",
    "document omitted": "document",
    "bild weggelassen": "image", "video weggelassen": "video", "audio weggelassen": "audio",
    "sticker weggelassen": "sticker", "gif weggelassen": "gif",
    "kontaktkarte ausgelassen": "contact", "dokument weggelassen": "document",
    "imagen omitida": "image", "video omitido": "video", "audio omitido": "audio",
    "sticker omitido": "sticker", "gif omitido": "gif", "tarjeta de contacto omitida": "contact",
    "documento omitido": "document",
    "imagem ocultada": "image", "vídeo omitido": "video", "áudio ocultado": "audio",
    "figurinha omitida": "sticker", "cartão de contato omitido": "contact",
    "image absente": "image", "vidéo absente": "video", "audio omis": "audio",
    "sticker omis": "sticker", "gif retiré": "gif", "fiche contact omise": "contact",
    "document omis": "document",
    "afbeelding weggelaten": "image", "video weggelaten": "video", "audio weggelaten": "audio",
    "sticker weggelaten": "sticker", "gif weggelaten": "gif", "contactkaart weggelaten": "contact",
    "document weggelaten": "document",
    "изображение отсутствует": "image", "видео отсутствует": "video",
    "аудиофайл отсутствует": "audio", "стикер отсутствует": "sticker",
    "gif отсутствует": "gif", "карточка контакта отсутствует": "contact",
    "документ отсутствует": "document",
    "immagine omessa": "image", "video omesso": "video", "audio omesso": "audio",
    "sticker omesso": "sticker", "gif omessa": "gif", "scheda contatto omessa": "contact",
    "documento omesso": "document",
    "gambar tidak disertakan": "image", "video tidak disertakan": "video",
    "audio tidak disertakan": "audio", "stiker tidak disertakan": "sticker",
    "gif tidak disertakan": "gif", "kartu kontak tidak disertakan": "contact",
    "dokumen tidak disertakan": "document",
    "图片已忽略": "image", "视频已忽略": "video", "音频已忽略": "audio", "贴纸已忽略": "sticker",
    "文档已忽略": "document", "联系人名片已忽略": "contact",
    "đã bỏ qua hình ảnh": "image", "đã bỏ video": "video", "bỏ qua tệp âm thanh": "audio",
    "bỏ qua thẻ liên lạc": "contact", "đã bỏ sticker": "sticker",
    "đã bỏ qua tài liệu": "document", "đã bỏ qua ảnh gif": "gif",
    "لم يتم إدراج الصورة": "image", "لم يتم إدراج الفيديوهات": "video",
    "لم يتم إدراج المقاطع الصوتية": "audio", "لم يتم إدراج بطاقة جهة اتصال": "contact",
    "تم حذف الملصقات": "sticker", "لم يتم إدراج المستند": "document",
    "لم يتم إدراج صورة gif": "gif",
    "画像は含まれていません": "image", "ビデオは含まれていません": "video",
    "音声は含まれていません": "audio", "スタンプは含まれていません": "sticker",
    "gifは含まれていません": "gif", "ドキュメントは含まれていません": "document",
    "連絡先カードを省略": "contact",
    "이미지 생략됨": "image", "비디오 생략됨": "video", "오디오 생략됨": "audio",
    "스티커 제외됨": "sticker", "gif 생략됨": "gif", "문서 생략됨": "document",
    "연락처 카드 생략됨": "contact",
    "görüntü dahil edilmedi": "image", "video dahil edilmedi": "video",
    "ses dahil edilmedi": "audio", "çıkartma dahil edilmedi": "sticker",
    "gif dahil edilmedi": "gif", "belge dahil edilmedi": "document",
    "kişi kartı dahil edilmedi": "contact",
}  # fmt: skip

# "Resume.pdf • 2 pages" before an omitted/attached document: the file's name, not a caption.
PAGES = re.compile(r"^(?P<file>.+?)(?:\s*•\s*.{0,30})?$")

LOCATION = re.compile(
    r"^(?:location|standort|locatie|ubicación|localização|localisation|posizione|lokasi|"
    r"местоположение|геопозиция|位置|vị trí|موقع)\s?:\s?https?://\S+$",
    re.IGNORECASE,
)
VENUE = re.compile(r"^(?P<place>.+?): https://foursquare\.com/\S+$")
VENUE_URL = re.compile(r"^https://foursquare\.com/\S+$")

EDITED = re.compile(
    r"\s*<[^<>]*(?:edited|bearbeitet|editó|editada|editado|modifié|bewerkt|изменено|"
    r"modificato|diedit|编辑|編輯|chỉnh sửa|تعديل)[^<>]*>\s*$",
    re.IGNORECASE,
)

# Words of the encryption notice and of security-code changes (every chat has them).
NOTICE_WORDS = (
    "end-to-end", "ende-zu-ende", "extremo a extremo", "ponta a ponta", "bout en bout",
    "сквозным шифрованием", "端到端", "đầu cuối", "مشفرة", "crittografati", "terenkripsi",
    "security code", "sicherheitsnummer", "código de seguridad", "código de segurança",
    "code de sécurité", "beveiligingscode", "код безопасности", "codice di sicurezza",
    "kode keamanan", "安全码", "安全碼", "mã bảo mật", "رمز أمان",
    "uçtan uca", "güvenlik kodu", "エンドツーエンド", "セキュリティコード", "종단간", "보안 코드",
)  # fmt: skip

# Words of group events.
GROUP_WORDS = (
    "created group", "created this group", "added", "removed", " left", "joined using",
    "changed the subject", "changed this group", "changed the group", "now an admin",
    "disappearing messages", "message timer", "changed their phone number",
    "gruppe", "hinzugefügt", "entfernt", "ausgetreten", "einladungslink", "betreff",
    "creó el grupo", "añadió", "eliminó a", "salió del grupo", "enlace de invitación",
    "cambió el asunto", "mensajes temporales",
    "criou o grupo", "adicionou", "removeu", "saiu do grupo", "link de convite",
    "mudou o assunto", "mensagens temporárias",
    "a créé le groupe", "a ajouté", "a retiré", "est parti", "lien d'invitation",
    "le sujet", "messages éphémères",
    "heeft groep", "toegevoegd", "is vertrokken", "uitnodigingslink", "onderwerp",
    "verdwijnende berichten",
    "создал группу", "создал(а) группу", "добавил", "удалил(а)", "вышел", "покинул",
    "ссылке-приглашению", "исчезающие сообщения",
    "ha creato il gruppo", "ha aggiunto", "ha rimosso", "è uscito", "link d'invito",
    "messaggi effimeri",
    "membuat grup", "menambahkan", "mengeluarkan", "tautan undangan", "pesan sementara",
    "创建了群组", "创建了群", "添加了", "移除了", "退出了", "邀请链接", "更改了", "限时消息",
)  # fmt: skip

# iOS system notices carry the chat's name as sender and start with a bidi mark.
SYSTEM_WORDS = NOTICE_WORDS + GROUP_WORDS
