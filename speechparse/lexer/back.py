"""Back matter: endnotes, source lines and site chrome at the end, the sign-off (signature and
date), the closing formula, and the concluding paragraph after the last section."""

from __future__ import annotations

import re
from itertools import accumulate, pairwise
from typing import Final

from .. import recache
from ..lexicon import (
    CITATION,
    COLOPHON,
    EDITOR_NOTE,
    END_MARK_LONGEST,
    END_MARKS,
    ENDNOTE_LINE,
    ENDNOTES_HEADING,
    ENDNOTES_HEADING_LONGEST,
    FIRST_ENDNOTE,
    FOOTNOTE_MARKS,
    HAN,
    ISSUER_LONGEST,
    OFFICE,
    RULE_FIRST,
    RULE_LINE,
    SIGNED_AS_WRITER,
    SOURCE_NOTE,
    STAGE_DIRECTION,
    VOCATIVE,
    WORK_QUALIFIER,
    chrome_kind,
    is_chrome,
    is_file_link,
    is_issuer_name,
    is_links_label,
    is_page_number,
)
from ..readers.base import BOILERPLATE, SEPARATED
from .front import BRACKETED, is_headnote, is_name
from .headings import DIVISIONS, HEADING_KINDS, RUN_INS, mark_plain_heading
from .records import awaits_value, mark_values, value_line
from .units import APART, BACK, BODY, MARKUP_TAG, NOT_ASKED, PARAGRAPH_END, SENTENCE_END_CHAR, Unit, concat

#: How many paragraphs from the end a concluding vocative paragraph (同志们，…) may start, and the audience addressed on a
#: line of its own (各位代表！ over the paragraphs that close a report).
CONCLUSION_REACH: Final = 3
ADDRESS_REACH: Final = 6
SIGNATURE_MAX: Final = 30
#: The longest attachment list line (附件：…) taken for one inside the body, in characters.
ATTACHMENT_LINE_MAX: Final = 60
#: Names of attachments listed on lines of their own after the ``附件：`` line, at most.
ATTACHMENTS_MAX: Final = 20
#: One of them: 2.防汛物资储备清单 (a number, its delimiter, a name without a sentence in it).
ATTACHMENT_ITEM: Final = recache.compile(r"(?P<number>[0-9０-９]{1,2})\s*(?P<delim>[.．、])\s*[^。；！？]{1,80}")
#: The attachments named a line each, each with its number after the word (附件1.关于举办大赛的预通知 / 附件2.申报表), as a
#: web copy lists them after the sign-off: at the end, two or more in a row are a list of them, no headings.
NUMBERED_ATTACHMENT: Final = recache.compile(r"附\s*件\s*[0-9０-９]{1,2}\s*[.．、:：]\s*[^。；！？!?\s][^。；！？!?]{0,80}")
#: The label of an attachment list glued to the end of the text's last paragraph (…谱写壮丽篇章!附件： / 1．附件1：…).
GLUED_ATTACHMENTS_LABEL: Final = recache.compile(r"(?<=[。！？!?])附\s*件\s*[:：]$")


def split_glued_attachments_label(units: list[Unit]) -> list[Unit]:
    """The units with the label of an attachment list that a copy glued to the end of the paragraph above the list
    (…的壮丽篇章!附件： / 1．附件1：….doc / 2．…) split off, for the list to be found under it; only the text's last
    ``ATTACHMENTS_MAX`` paragraphs are looked at."""
    for index in range(max(0, len(units) - ATTACHMENTS_MAX - 1), len(units) - 1):
        core = units[index].core
        if core.endswith(("：", ":")) and (found := GLUED_ATTACHMENTS_LABEL.search(core)) and (
                ATTACHMENT_ITEM.match(units[index + 1].core)):
            units[index: index + 1] = units[index].split(found.start())
            break
    return units


#: Issuers that sign one document together, at most (中共某某市委办公室 / 某某市人民政府办公室).
JOINT_ISSUERS_MAX: Final = 3
#: The longest title of a document issued with a notice, after the notice's sign-off.
ANNEX_TITLE_MAX: Final = 60
#: Punctuation a signature line (a name, an office) does not have.
NOT_IN_SIGNATURE: Final = recache.compile(r"[。，；：！？,;:!?]")
#: A signature after its label, as a 倡议书 or an application signs (倡议人：XXX, 倡议单位：…), or a name after its
#: office and a colon, the body's name before the office or not (总经理：王敏敏, 百年人寿董事长：何勇生, a company's 致辞).
SIGNED_WITH_LABEL: Final = recache.compile(
    r"(?:倡议人|倡议单位|发起人|发起单位|署名|落款)\s*[:：]\s*[^\s。，；：！？,;:!?][^。，；：！？,;:!?]{0,28}"
    r"|[\u4e00-\u9fff]{0,16}?" + OFFICE.pattern + r"\s*[:：]\s*[\u4e00-\u9fff·]{2,8}")
#: A name after its office and a space (总经理 王敏敏): a signature where the name is one.
SIGNED_WITH_OFFICE: Final = recache.compile(OFFICE.pattern + r"\s+(?P<name>[\u4e00-\u9fff·]{2,8})")
#: A sign-off date's label (日期：2025年4月5日).
DATE_LABEL: Final = recache.compile(r"日\s*期\s*[:：]\s*")
DATE_LABEL_FIRST: Final = "日"
#: Longest paragraph that may be a note (site chrome, a source line, a photo caption).
NOTE_MAX: Final = 200
#: A glossary's entry: its number, the term (quoted) and a colon (1.“两重”：是指…, ①“三高四新”：…).
GLOSSARY_ENTRY: Final = recache.compile(r"(?:[0-9]{1,2}\s*[.．、]|[①-⑳])\s*[“\"「][^”\"」]{1,30}[”\"」]\s*[：:]")
#: The longest sign-off date, and where a year opens one (after an issuer's name on its line: 沧源县政府2024年1月).
SIGN_OFF_DATE_MAX: Final = 30
YEAR_START: Final = recache.compile(r"[0-9０-９]{4}\s*年|[〇○零一二三四五六七八九]{4}年")
#: The last paragraphs in which a site's disclosure record is looked for.
RECORD_REACH: Final = 12
#: Paragraphs before a footnote in which its mark is looked for.
FOOTNOTE_REACH: Final = 30
#: What follows a footnote reference mark in the text: punctuation, or another mark (①②).
REFERENCE_FOLLOWERS: Final = frozenset("。，、；：！？.,;:!?”’」』）)】》…—") | frozenset(chr(code) for code in range(0x2460, 0x2474))
#: A footnote's link back to its reference, on a line of its own in web copies.
BACK_LINKS: Final = frozenset({"↑", "^", "返回"})
#: What may stand before a footnote reference mark that opens the next sentence: the close of the quotation it
#: cites (…就等于没有灵魂。”①我们…), where no enumeration's first item begins.
REFERENCE_AFTER: Final = frozenset("”’」』")


def note_kind(unit: Unit) -> str | None:
    """``page``, ``chrome``, ``source`` or ``editorial`` (the audience's reaction in a transcript,
    （热烈鼓掌）, or an editor's note on the text, （本文系作者在…上的讲话，有删节）) for a paragraph
    that is not part of the speech, else None (a long paragraph is text, whatever it contains).  Found once per unit
    (the back matter's scan and the body's both ask about the last paragraphs)."""
    kind = unit.note_kind
    if kind == NOT_ASKED:
        kind = unit.note_kind = _note_kind(unit)
    return kind


def _note_kind(unit: Unit) -> str | None:
    if BOILERPLATE in unit.block.hints:  # a web page's links and footer after its article
        return "chrome"
    core = unit.core
    if len(core) > NOTE_MAX and (unit.block.text[-1] != ">" or len(MARKUP_TAG.sub("", core)) > NOTE_MAX):
        return None  # (a line long only by the HTML tags it ends with is as long as its words: > Cover by <a href…>…</a>)
    kind = chrome_kind(core)
    if kind:
        return kind
    if len(core) <= END_MARK_LONGEST and core in END_MARKS:  # the end mark of a copy: （完）
        return "editorial"
    if is_page_number(core):  # a newspaper's jump line, （下转第四版） (the chrome lines' quick test skips （); a book's
        return "page"  # running head with its page's number, 连云港市志· 2702 ·
    if not core.startswith(("（", "(", "新华社", "新華社", "《", "此件", "*", "＊", "※")):  # source lines, stage directions, editors' notes
        return None
    if SOURCE_NOTE.match(core):
        return "source"
    if STAGE_DIRECTION.fullmatch(core) or EDITOR_NOTE.fullmatch(core) or is_headnote(core):
        return "editorial"  # (a collected works' headnote: *这是…同志在…上的讲话。, far from its title)
    return None


#: A mail's signature delimiter (-- on a line of its own, or with the sender's name run on: --王晓峰), and how far up
#: from the end it is looked for, the lines under it short (a name, an office, a telephone number).
MAIL_SIGNATURE: Final = recache.compile(r"--\s*(?:[\u4e00-\u9fffA-Za-z·]{1,12})?")
MAIL_SIGNATURE_REACH: Final = 6
MAIL_SIGNATURE_LINE_MAX: Final = 60


def _mail_signature(body: list[Unit]) -> None:
    """Mark a forwarded mail's signature at the end of the text (-- / 王晓峰 / 市政府办公室综合科 / 电话：…) as chrome notes."""
    for index in range(max(0, len(body) - MAIL_SIGNATURE_REACH), len(body)):
        if body[index].core.startswith("--") and MAIL_SIGNATURE.fullmatch(body[index].core) and all(
                unit.compact_length <= MAIL_SIGNATURE_LINE_MAX and SENTENCE_END_CHAR.search(unit.core) is None
                for unit in body[index + 1:]):
            _chrome_to_the_end(body, index)
            return


#: A 公文's 附注 run on after its sign-off's date (…2017年7月21日（此件主动公开）, GB/T 9704-2012 §7.3.7).
GLUED_NOTE: Final = recache.compile(r"[（(](?:此件|联系人|联系电话)[^（）()]{1,40}[)）]$")
#: A field of a site's footer (主办单位：中共广东省委组织部, 合作单位：南方新闻网, 网站标识码：…, 通信地址：…, 邮政编码：…).
SITE_FOOTER_FIELD: Final = recache.compile(
    r"(?:主办|承办|协办|合作|主管|运营|运维|维护)单位\s*[:：]|网站标识码|网站识别码|(?:通信|通讯)地址\s*[:：]|邮政编码\s*[:：]")
#: A site's notice on its rights and its liability at the page's end (大江网（中国江西网）版权与免责声明 / 1、本网所载的…), and
#: how far up from the end its label is looked for.
DISCLAIMER_LABEL: Final = recache.compile(r"[^。，；！？]{0,20}(?:版权与免责声明|免责声明|版权声明|法律声明)[：:]?")
DISCLAIMER_REACH: Final = 12


def _site_disclaimer(body: list[Unit]) -> None:
    """Mark a site's disclaimer at the end of the text (…版权与免责声明 / 1、本网所载的… / ※联系方式：…), its label and every
    line under it, as chrome notes."""
    for index in range(len(body) - 1, max(-1, len(body) - 1 - DISCLAIMER_REACH), -1):
        if body[index].compact_length <= 30 and DISCLAIMER_LABEL.fullmatch(body[index].core):
            _chrome_to_the_end(body, index)
            return


#: A line that ends an article on a web page: its editor's name, or the links to the site's articles before and after it
#: (责任编辑：杨晓东, (责编：朴馨语、张永生), 网站编辑 - 王慧, 上一篇：…, 下一篇：).
ARTICLE_END: Final = recache.compile(
    r"[（(]?\s*(?:责任编辑|責任編輯|责编|責編|网站编辑|網站編輯)\s*[:：\-－]|上一篇|下一篇|上一條|下一條")
ARTICLE_END_FIRST: Final = frozenset("（(责責网網上下")
ARTICLE_END_LINE_MAX: Final = 60
#: The least text above such a line, in characters (post's fields over the article hold less), and how many of the
#: page's chrome lines between the article and that line go with the trailer at most.
ARTICLE_MIN: Final = 200
TRAILER_CHROME_MAX: Final = 8


def _page_trailer(body: list[Unit]) -> None:
    """Mark as chrome notes what a web page sets after its article (the lists of links, the site's menus, its footer: a
    hundred lines and more, none of them known to be chrome): everything from the first line that ends an article (see
    ``ARTICLE_END``) under ``ARTICLE_MIN`` characters of text or more on, with the chrome lines right above it, where the
    article's last paragraph above them ends as one."""
    ends = [index for index, unit in enumerate(body) if unit.core[:1] in ARTICLE_END_FIRST
            and len(unit.core) <= ARTICLE_END_LINE_MAX and ARTICLE_END.match(unit.core)]  # (the quick tests first)
    if not ends:
        return
    text = [0, *accumulate(0 if unit.kind == "NOTE" else len(unit.core) for unit in body)]  # (text[i]: above body[i])
    end = next((end for end in ends if text[end] >= ARTICLE_MIN), None)  # (the first under an article: the one looked at)
    if end is None:
        return
    index = end
    while index > max(0, end - TRAILER_CHROME_MAX) and _chrome(body[index - 1]):
        index -= 1  # (the page's chrome between the article and that line: 扫描二维码分享到手机 / 标签 - / 网站编辑 - 王慧)
    above = next((body[at] for at in range(index - 1, max(-1, index - 1 - TRAILER_CHROME_MAX), -1)
                  if not _chrome(body[at])), None)  # (the article's last paragraph)
    if text[index] >= ARTICLE_MIN and above is not None and (
            above.core[-1:] in PARAGRAPH_END or YEAR_START.match(above.core) is not None):  # (or the sign-off's date)
        _chrome_to_the_end(body, index)


def _chrome(unit: Unit) -> bool:
    """Whether ``unit`` is a note, or chrome by its words."""
    return unit.kind == "NOTE" or note_kind(unit) == "chrome"


def _chrome_to_the_end(body: list[Unit], index: int) -> None:
    """Mark the body's paragraphs from ``index`` to its end as chrome notes of the back matter."""
    for unit in body[index:]:
        unit.kind, unit.zone = "NOTE", BACK
        unit.info["note"] = "chrome"


def is_footnote(units: list[Unit], index: int) -> bool:
    """A footnote of a printed copy left between paragraphs where its page ended: a paragraph that
    opens with a circled mark (①), cites a source (《…》, 出版社, 第3页), and whose mark stands as a
    reference in one of the paragraphs before it (…极端重要的工作①。).  Not a heading ①, whatever follows."""
    core = units[index].core
    mark = core[:1]
    if mark not in FOOTNOTE_MARKS or not CITATION.search(core):
        return False
    return any(_refers(earlier.core, mark) for earlier in units[max(0, index - FOOTNOTE_REACH): index])


def _refers(text: str, mark: str) -> bool:
    """Whether ``mark`` stands in ``text`` as a footnote reference: after a word, before punctuation or
    the end (…工作①。), or right after the quotation it cites (…没有灵魂。”①我们…); not opening an item of an
    inline enumeration (内容包括①学习…)."""
    at = text.find(mark, 1)
    while at > 0:
        if at + 1 == len(text) or text[at + 1] in REFERENCE_FOLLOWERS or text[at - 1] in REFERENCE_AFTER:
            return True
        at = text.find(mark, at + 1)
    return False


#: The longest closing formula on a line of its own (a session's closing declaration, 现在，我宣布：…闭幕！, is the longest).
CLOSING_MAX: Final = 80
#: The longest closing formula run into the end of a paragraph (谢谢大家！), and how it ends.
CLOSING_LONGEST: Final = 6
CLOSING_LAST: Final = frozenset("！!。")
#: Closing quotation marks and brackets after the sentence end before such a formula (…。”谢谢大家！).
CLOSING_MARKS_AFTER: Final = frozenset("”’」』）)")


class BackMatterScanner:
    """Works backwards from the end, in the reverse order of the grammar's ``back_matter`` rule:
    notes, then the sign-off, then the closing formula."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.date = patterns["DATE_LINE"]
        self.closing = patterns["CLOSING"]
        self.attachment = patterns["ATTACHMENT"]

    def scan(self, units: list[Unit]) -> list[Unit]:
        """Mark the back matter in place; return the units, with a closing run into the last paragraph split off it."""
        body = [unit for unit in units if unit.zone == BODY]
        _mail_signature(body)
        _site_disclaimer(body)
        _page_trailer(body)
        self._endnotes(body)
        self._record(body)
        state = "notes"
        signatures = 0
        for index in range(len(body) - 1, -1, -1):
            unit = body[index]
            if unit.kind == "NOTE" and state == "notes":
                continue
            if state == "notes" and self._is_colophon(body, index):
                self._mark(unit, "NOTE", note="colophon")
                continue
            if state == "notes" and (self._file_list(body, index) or self._numbered_attachments(body, index)):
                continue  # 附件： / 1.零碳园区建设基本条件.pdf / …: the files attached, the page's links to them (after the
                # sign-off too), no headings
            kind = note_kind(unit)
            if kind and state == "notes":
                self._mark(unit, "NOTE", note=kind)
            elif state == "notes" and self._is_annotation(body, index):
                self._mark(unit, "NOTE", note="editorial")
            elif state == "notes" and _under_chrome_label(body, index):
                self._mark(unit, "NOTE", note="chrome")  # 责任编辑： / 李莎莎, 相关链接>> / 关于…的决议
            elif (state == "notes" and unit.kind == "PARA" and SITE_FOOTER_FIELD.match(unit.core) and index + 1 < len(body)
                  and body[index + 1].info.get("note") == "chrome"):
                self._mark(unit, "NOTE", note="chrome")  # a site's footer over its other chrome (主办单位：… / 粤ICP备…)
            elif state == "notes" and self._signs_as_writer(unit):
                self._mark(unit, "SIGNATURE")  # 校长 敬上 under 此致 / 敬礼！, no date under it
                state, signatures = "signature", signatures + 1
            elif state in ("notes", "sign-off") and self._is_sign_off_date(unit):
                self._mark(unit, "DATE_LINE")
                state = "sign-off"
            elif state == "notes" and self._signs_without_date(body, index):
                self._mark(unit, "SIGNATURE")  # xx幼儿园 under 此致 / 敬礼！; 某某区教育局 / 某某中心 at a letter's end
                state, signatures = "signature", signatures + 1
            elif state == "notes" and unit.kind == "PARA" and (cut := self._issuer_before_date(unit.core)) is not None:
                at = next(position for position, other in enumerate(units) if other is unit)
                return self.scan([*units[:at], *unit.split(cut), *units[at + 1:]])  # 沧源县政府2024年1月: the signature
                # and its date run together on one line, two lines now, scanned again
            elif state == "notes" and unit.kind == "PARA" and (cuts := self._glued_sign_off(unit.core)):
                at = next(position for position, other in enumerate(units) if other is unit)
                return self.scan([*units[:at], *unit.split_at(cuts), *units[at + 1:]])  # …研究院。福建省经济和信息化委员会
                # 2017年7月21日（此件主动公开）: flattened text's sign-off and 附注 run into its last paragraph, split off and
                # scanned again
            elif state in ("notes", "sign-off") and unit.kind == "PARA" and _signed_with_label(unit.core):
                self._mark(unit, "SIGNATURE")  # 倡议人：XXX (over 日期：2025年4月5日), 总经理 王敏敏
                state, signatures = "signature", signatures + 1
            elif (state == "sign-off" or (state == "signature" and signatures < JOINT_ISSUERS_MAX and is_issuer(unit))
                  ) and self._is_signature(unit):  # one signature, or the issuers of a joint document
                self._mark(unit, "SIGNATURE")
                state, signatures = "signature", signatures + 1
            elif state in ("notes", "sign-off", "signature") and self._attachments(body, index):
                state = "attachments"
            elif len(unit.core) <= CLOSING_MAX and self.closing.fullmatch(unit.core):  # (one a line: 此致 / 敬礼！)
                self._mark(unit, "CLOSING")
                state = "closing"
            else:
                if state != "closing" and unit.kind == "PARA" and (cut := self._closing_cut(unit)) is not None:
                    return self._split_closing(units, unit, cut)
                break
        return units

    def _glued_sign_off(self, core: str) -> tuple[int, ...]:
        """Where the parts of a sign-off run into the end of a paragraph start: an issuer's name and the date run
        together after the last sentence, and the 附注 after them (…研究院。福建省经济和信息化委员会2017年7月21日（此件主动公开）);
        none (``()``) where the paragraph does not end so."""
        if not core.endswith(("日", "）", ")")):  # (the quick test: most paragraphs end a sentence)
            return ()
        end = len(core)
        if core[-1] in "）)" and (note := GLUED_NOTE.search(core)):
            end = note.start()
        ends = list(SENTENCE_END_CHAR.finditer(core, max(0, end - ISSUER_LONGEST - SIGN_OFF_DATE_MAX - 3), end))
        start = ends[-1].end() if ends else 0
        if self._issuer_before_date(core[start:end]) is None:
            return ()
        return tuple(cut for cut in (start, end) if 0 < cut < len(core))

    def _issuer_before_date(self, core: str) -> int | None:
        """Where the date starts in a line that signs with an issuer's name and the date run together (沧源县政府2024年1月,
        某某市人民政府办公室 2023年3月13日), or None."""
        if len(core) > ISSUER_LONGEST + SIGN_OFF_DATE_MAX + 2:
            return None
        found = YEAR_START.search(core, 2)
        if found is None or not is_issuer_name(core[:found.start()].replace(" ", "")):
            return None
        date = core[found.start():]
        return found.start() if self.date.fullmatch(date) and len(date) - date.count(" ") <= SIGN_OFF_DATE_MAX else None

    def _closing_cut(self, unit: Unit) -> int | None:
        """Where the closing formula run into the end of a paragraph starts (…祝大会圆满成功。谢谢大家！), or None:
        the paragraph's last sentence is the formula and nothing else."""
        core = unit.core.rstrip()
        if len(core) <= CLOSING_LONGEST or core[-1] not in CLOSING_LAST or not any(
                char in core[-CLOSING_LONGEST:] for char in "谢謝感"):  # (the quick test: thanks at the end)
            return None
        ends = list(SENTENCE_END_CHAR.finditer(core, len(core) - CLOSING_LONGEST - 1, len(core) - 1))
        if not ends:
            return None
        cut = ends[-1].end()  # (the last sentence end before the formula's own)
        while cut < len(core) and core[cut] in CLOSING_MARKS_AFTER:  # …。”谢谢大家！ the quotation closes before it
            cut += 1
        tail = core[cut:].strip()
        return cut if tail and self.closing.fullmatch(tail) else None

    def _split_closing(self, units: list[Unit], unit: Unit, cut: int) -> list[Unit]:
        """``units`` with ``unit`` cut in two at core offset ``cut``: the paragraph, and the closing formula after it."""
        head, closing = unit.split(cut)
        head.info.update(unit.info)
        self._mark(closing, "CLOSING")
        index = next(index for index, other in enumerate(units) if other is unit)
        return [*units[:index], head, closing, *units[index + 1:]]

    def _endnotes(self, body: list[Unit]) -> None:
        """From an endnote heading (注释 followed by a numbered note, or 名词解释) or a rule followed by
        a numbered note (—————— / ①…) in the last part of the text, or right before the numbered notes
        that end it, to the end: endnotes (with the rule above the heading, ------, if there is one)."""
        end = len(body)
        while end > 0 and (body[end - 1].info.get("note") == "chrome" or note_kind(body[end - 1]) == "chrome"):
            end -= 1  # a web page's footer after the notes (Last Updated, prev/next links): left as chrome
        notes_start = end
        while notes_start > 0 and ENDNOTE_LINE.match(body[notes_start - 1].core):
            notes_start -= 1
        start = min(end // 2, notes_start - 1)  # (the last third, or the last half for a glossary: see below)
        third = end * 2 // 3
        for index in range(end - 2, max(start, 0) - 1, -1):
            core = body[index].core
            rule = core.startswith(RULE_FIRST) and RULE_LINE.fullmatch(core) is not None
            if body[index].compact_length > ENDNOTES_HEADING_LONGEST and not rule:
                continue
            heading = ENDNOTES_HEADING.match(body[index].compact)
            if index < third and index < notes_start - 1 and not (  # before the last third: a glossary over its first
                    heading and not heading.group("notes") and GLOSSARY_ENTRY.match(body[index + 1].core)):  # entry
                continue
            if (heading and (not heading.group("notes") or FIRST_ENDNOTE.match(body[index + 1].core))) or (
                rule and FIRST_ENDNOTE.match(body[index + 1].core)
            ):  # 注释 over its notes, or a printed copy's rule over them (—————— / ①数据来源：…)
                first = index - 1 if index and RULE_LINE.fullmatch(body[index - 1].core) else index
                for unit in body[first:max(end, index + 2)]:
                    if unit.kind == "PARA" or unit.kind in HEADING_KINDS:
                        self._mark(unit, "NOTE", note="endnotes")
                return
        # endnote lines without a heading ([1]…, 〔2〕…, ↑ …) at the very end; a lone ↑ (a
        # back-link) may stand on its own line before its note
        for index in range(len(body) - 1, -1, -1):
            unit = body[index]
            after_arrow = index > 0 and body[index - 1].core in BACK_LINKS
            if ENDNOTE_LINE.match(unit.core) or unit.core in BACK_LINKS or after_arrow:
                self._mark(unit, "NOTE", note="endnotes")
            elif not note_kind(unit):
                return

    @staticmethod
    def _record(body: list[Unit]) -> None:
        """The values of a site's disclosure record below the text (its table's header row, then rows of
        values: 索引号 文号 发布机构 … / N001-2011-000627 宛政〔2011〕7号): chrome notes, as its fields are."""
        for index in range(max(len(body) - RECORD_REACH, 0), len(body)):
            unit = body[index]
            if unit.kind == "PARA" and awaits_value(unit) and is_chrome(unit.core):
                mark_values(body, index)

    def _file_list(self, body: list[Unit], index: int) -> bool:
        """Mark as an attachment list's notes the links to files that end at ``body[index]`` (1.….pdf, 1.….ofd, up to
        ``ATTACHMENTS_MAX`` lines, each naming a file) and the ``附件：`` line above them."""
        start = index
        while start >= 0 and index - start < ATTACHMENTS_MAX and is_file_link(body[start].core):
            start -= 1
        if start == index or start < 0 or not self.is_attachment_list(body[start]):
            return False
        for unit in body[start:index + 1]:
            self._mark(unit, "NOTE", note="attachments")
        return True

    def _numbered_attachments(self, body: list[Unit], index: int) -> bool:
        """Mark as an attachment list's notes the attachments named a line each (see ``NUMBERED_ATTACHMENT``) that end at
        ``body[index]``, two or more in a row."""
        start = index
        while start >= 0 and index - start < ATTACHMENTS_MAX and body[start].kind == "PARA" and (
                NUMBERED_ATTACHMENT.fullmatch(body[start].core)):
            start -= 1
        if index - start < 2:
            return False
        for unit in body[start + 1:index + 1]:
            self._mark(unit, "NOTE", note="attachments")
        return True

    def is_attachment_list(self, unit: Unit) -> bool:
        """A 公文's attachment list line, ``附件：某某实施方案`` (GB/T 9704-2012 §7.3.4): short, and no
        sentence in it (a full stop at its end is a slip SP106 reports)."""
        return (self.attachment.fullmatch(unit.core) is not None and unit.compact_length <= ATTACHMENT_LINE_MAX
                and "。" not in unit.core[:-1])

    def _attachments(self, body: list[Unit], index: int) -> bool:
        """Mark the attachment list that ends at ``body[index]``: a ``附件：`` line and the numbered
        names after it (2.防汛物资储备清单), or the one name a copy broke off the label (附件： / 运营规则（模拟运行版）),
        before the sign-off (GB/T 9704-2012 §7.3.4)."""
        start = index
        while start >= 0 and not self.attachment.fullmatch(body[start].core):
            if index - start >= ATTACHMENTS_MAX or not (
                    ATTACHMENT_ITEM.fullmatch(body[start].core) or self._name_under_label(body, start, index)):
                return False
            start -= 1
        if start < 0:
            return False
        for unit in body[start:index + 1]:
            self._mark(unit, "ATTACHMENT")
        return True

    def _name_under_label(self, body: list[Unit], at: int, index: int) -> bool:
        """Whether ``body[at]``, right over the sign-off (``index``), is the one attachment's name under a bare ``附件：``:
        a name, no sentence, no longer than a list line."""
        unit = body[at]
        return (at == index and at > 0 and unit.kind == "PARA" and unit.compact_length <= ATTACHMENT_LINE_MAX
                and SENTENCE_END_CHAR.search(unit.core) is None
                and (label := self.attachment.fullmatch(body[at - 1].core)) is not None and not label["first"])

    @staticmethod
    def _is_colophon(body: list[Unit], index: int) -> bool:
        """A line of a 公文's 版记 at the end (GB/T 9704-2012 §7.4: 抄送, 印发), or the issuing office
        on the line of the 印发 date when a gap split that line in two."""
        unit = body[index]
        if unit.compact_length > SIGNATURE_MAX * 3:
            return False
        if COLOPHON.fullmatch(unit.core):
            return True
        following = body[index + 1] if index + 1 < len(body) else None
        return (following is not None and following.info.get("note") == "colophon"
                and SEPARATED in following.block.hints and unit.compact_length <= SIGNATURE_MAX
                and not NOT_IN_SIGNATURE.search(unit.core))

    def _is_annotation(self, body: list[Unit], index: int) -> bool:
        """A 公文's 附注 (（此件公开发布）, （联系人：…）): in brackets, on the line after the sign-off date
        (GB/T 9704-2012 §7.3.7)."""
        return index > 0 and BRACKETED.fullmatch(body[index].core) is not None and self._is_sign_off_date(body[index - 1])

    def _is_sign_off_date(self, unit: Unit) -> bool:
        """A date alone on its line (the match fails fast), or after its label (日期：2025年4月5日)."""
        core = unit.core
        label = DATE_LABEL.match(core) if core.startswith(DATE_LABEL_FIRST) else None
        start = label.end() if label else 0
        return self.date.fullmatch(core, start) is not None and unit.compact_length - start <= SIGN_OFF_DATE_MAX

    def _signs_as_writer(self, unit: Unit) -> bool:
        """A letter's signature, its writer's name or office and the word a writer signs with (校长 敬上)."""
        return unit.kind == "PARA" and unit.core.endswith(SIGNED_AS_WRITER) and self._is_signature(unit)

    def _signs_without_date(self, body: list[Unit], index: int) -> bool:
        """A signature with no date under it: the last of up to ``JOINT_ISSUERS_MAX`` short lines (names, bodies) under a
        closing formula (此致 / 敬礼！ / xx幼儿园), or of lines that each name a body (某某区教育局 / 某某中心) under a
        paragraph's end."""
        last = body[index]
        if last.kind != "PARA" or not self._is_signature(last):
            return False
        issuers = is_issuer(last)
        for above in range(index - 1, max(index - 1 - JOINT_ISSUERS_MAX, -1), -1):
            unit = body[above]
            if unit.kind == "PARA" and len(unit.core) <= CLOSING_MAX and self.closing.fullmatch(unit.core):
                return issuers or _names_a_signer(last.compact)
            if unit.kind == "PARA" and unit.ends_paragraph() and not self._is_signature(unit):
                return issuers
            if unit.kind != "PARA" or not self._is_signature(unit):
                return False
            issuers = issuers and is_issuer(unit)
        return False

    def _is_signature(self, unit: Unit) -> bool:
        compact = unit.compact
        return 2 <= len(compact) <= SIGNATURE_MAX and not NOT_IN_SIGNATURE.search(compact)

    def _mark(self, unit: Unit, kind: str, **info: str) -> None:
        unit.kind, unit.zone = kind, BACK
        unit.info.update(info)


#: How many short lines a label at the page's end may have under it (its value, the titles it links), and how such a label
#: ends: a colon, or arrows (相关链接>>).
LABELLED_LINES_MAX: Final = 8
#: The bullets that open the titles of a list of links (· 全市召开经济工作会议).
LINK_BULLETS: Final = frozenset("·•●◆▪■►>-*")
LABEL_ENDS: Final = ("：", ":", ">", "＞", "»", "》")


def _under_chrome_label(body: list[Unit], index: int) -> bool:
    """Whether ``body[index]``, at the end of the text, is one of the short lines (no sentence's end) under a chrome label
    that awaits them: a field's value (责任编辑： / 李莎莎), the titles of related links (相关链接>> / 关于…的决议)."""
    above = index
    while above > 0 and index - above < LABELLED_LINES_MAX and body[above].kind == "PARA" and value_line(body[above]):
        above -= 1
    label = body[above]
    return above < index and (label.core.endswith(LABEL_ENDS) or is_links_label(label.core)) and is_chrome(
        label.core)  # (a list of links' label needs no colon: 往期回顾, 同类资讯)


def mark_link_titles(units: list[Unit], index: int) -> None:
    """Mark as chrome notes the titles of related links a line each under ``units[index]``, their label (相关阅读： /
    · 全市召开经济工作会议 / · 市长调研重点项目): up to ``LABELLED_LINES_MAX`` short lines that end no sentence, each
    opening with the bullet the first opens with (unbulleted short lines may be the text's headings)."""
    bullet = units[index + 1].core[:1] if index + 1 < len(units) else ""
    if bullet not in LINK_BULLETS:
        return
    for unit in units[index + 1: index + 1 + LABELLED_LINES_MAX]:
        if unit.kind != "PARA" or not unit.core.startswith(bullet) or not value_line(unit):
            break
        unit.kind = "NOTE"
        unit.info["note"] = "chrome"


def _signed_with_label(core: str) -> bool:
    """Whether ``core`` signs after a label or an office (倡议人：XXX, 总经理：王敏敏, 总经理 王敏敏)."""
    if SIGNED_WITH_LABEL.fullmatch(core):
        return True
    found = SIGNED_WITH_OFFICE.fullmatch(core)
    return found is not None and is_name(found.group("name"))


def _names_a_signer(compact: str) -> bool:
    """Whether a short line under a closing formula can name who signs: two Han characters or more, and a name if it
    is only two long (王强; not 上一, what a copy cut of its 上一篇)."""
    return len(HAN.findall(compact)) >= 2 and (len(compact) > 2 or is_name(compact))


def is_issuer(unit: Unit) -> bool:
    """A line naming a body that issues a document (某某市人民政府办公室), and nothing else."""
    return is_issuer_name(unit.compact)


def find_name_lists(units: list[Unit], names: list[int]) -> None:
    """Mark as standing apart the lines of a list of bodies' names one per line (表彰决定: 社旗县人民政府 /
    淅川县人民政府 / 邓州市人民政府 / 希望…): two such lines or more one after the other.  ``names``: the indexes of
    the body's lines that name a body and nothing else, in order."""
    for index, following in pairwise(names):
        if following == index + 1:
            units[index].info[APART] = units[following].info[APART] = True


def find_inner_sign_offs(units: list[Unit], dates: list[int], issued: str | None = None) -> None:
    """A sign-off inside the text, a document issued with it after it (a 印发 notice: …现印发给你们。 /
    中共某某市委办公室 / 某某市人民政府办公室 / 2017年1月10日 / 关于…的实施意见 / 根据…): the issuers' lines
    stand apart (never a heading, never joined as a broken paragraph), and the issued
    document's title after the date (and the 附注 under it), a line that ends no sentence, is an unnumbered heading with the
    document's parts under it (its two lines one heading, when the title is printed on two).  Where a copy lost
    the signature, the line under the date that is the document the notice's title names (``issued``, see
    :func:`lexicon.issued_work`) is that title.  ``dates``: the indexes of the body's date lines, in order."""
    for index in reversed(dates):  # from the end, so that a title's two lines made one move no date found before
        after = index + 1 if index + 1 < len(units) and units[index + 1].info.get("note") == "editorial" else index
        if after + 2 >= len(units):  # (after: the date line, or the 附注 under it, （联系电话：…）)
            continue
        first = index
        while first > 0 and index - first < JOINT_ISSUERS_MAX and units[first - 1].kind == "PARA" and is_issuer(units[first - 1]):
            first -= 1
        title, following = units[after + 1], units[after + 2]
        named = issued is not None and title.kind == "PARA" and _names_work(title.compact, issued)
        if first == index and not named:
            continue
        for issuer in units[first:index]:
            issuer.info[APART] = True
        if named or (_title_line(title) and following.zone == BODY):
            if (not named and _title_line(following) and following.core[:1] not in "（(" and after + 3 < len(units)
                    and not _title_line(units[after + 3])):  # (a note in brackets under the title is no line of it)
                title = Unit.of(concat([title.block, following.block]))
                units[after + 1: after + 3] = [title]
            mark_plain_heading(title)


def _names_work(line: str, issued: str) -> bool:
    """Whether ``line`` is the title of the work ``issued``, also with the qualifier in brackets the notice's title
    left out (某某实施办法（试行）, 某某规定(暂行)): the title of the document a notice issues."""
    return line == issued or (line.startswith(issued) and WORK_QUALIFIER.fullmatch(line, len(issued)) is not None)


def _title_line(unit: Unit) -> bool:
    """A body paragraph that may be (a line of) a document's title: short, ending no sentence."""
    return (unit.kind == "PARA" and unit.zone == BODY and 2 <= unit.compact_length <= ANNEX_TITLE_MAX
            and not SENTENCE_END_CHAR.search(unit.core) and unit.core[-1] not in "：:，,、")


#: How a paragraph that calls on the audience opens (让我们…！).
APPEAL: Final = ("让我们", "讓我們")


def find_conclusion(units: list[Unit]) -> None:
    """The concluding paragraphs: from the last paragraph after the last heading that opens
    with a vocative (同志们，…), among the last three, or that is the audience addressed alone (各位代表！), among the
    last six, to the end of the body, else the body's last paragraph where it is an appeal (让我们…！); notes after the
    last of them (a page number, a running head) stay notes, in the back matter, when nothing but notes follows them."""
    tail: list[int] = []  # the body's paragraphs after its last heading, from the end back
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if unit.zone != BODY:
            continue
        if unit.kind in HEADING_KINDS:
            break
        tail.append(index)
    else:
        return  # a body without headings
    tail.reverse()
    opening = next((index for position, index in enumerate(reversed(tail[-ADDRESS_REACH:])) if units[index].kind == "PARA"
                    and (VOCATIVE.fullmatch(units[index].core) if position >= CONCLUSION_REACH
                         else VOCATIVE.match(units[index].core))), None)
    if opening is None:  # else the appeal that ends the text (让我们更加紧密地团结在…周围，…作出新的贡献！)
        last = next((index for index in reversed(tail) if units[index].kind != "NOTE"), None)
        opening = last if last is not None and is_appeal(units[last]) else None
    if opening is None:
        return
    concluding = [units[later] for later in tail[tail.index(opening):]]
    if any(other.zone == BACK and other.kind != "NOTE" for other in units[tail[-1] + 1:]):
        last_text = len(concluding) - 1  # a closing or sign-off follows: notes may not stand before it
    else:
        last_text = max(position for position, other in enumerate(concluding) if other.kind != "NOTE")
    for position, other in enumerate(concluding):
        other.zone = BACK
        if position <= last_text:
            other.kind = "CONCLUSION"


def is_appeal(unit: Unit) -> bool:
    """Whether ``unit`` is a paragraph that calls on the audience and ends exclaiming (让我们…！), as a speech's or a
    report's last words do."""
    return unit.kind == "PARA" and unit.core.startswith(APPEAL) and unit.core.endswith(("！", "!"))


#: The label that introduces a model text on a 范文 page, alone on its line (【范例】, 范文：, 例文：, 例：), after the guide's
#: own points (一、点明悼念对象 … 三、…): the model opens no part of the guide.
MODEL_TEXT_LABEL: Final = recache.compile(r"[【\[〔（(]?(?:范例|范文|例文|示例|样文|例)[】\]〕）)]?[：:]?")
MODEL_TEXT_LABEL_LONGEST: Final = 12


def find_model_text_labels(units: list[Unit]) -> None:
    """A model text's label in the body (see ``MODEL_TEXT_LABEL``) closes the sections open before it, as the closing
    address does (``info["closes_sections"]``): the model speech under 【范例】 is not inside the guide's last point."""
    for unit in units:
        core = unit.core
        if (len(core) <= MODEL_TEXT_LABEL_LONGEST and ("例" in core or "范" in core) and unit.kind == "PARA"
                and unit.zone == BODY and MODEL_TEXT_LABEL.fullmatch(unit.compact) is not None):  # (the quick tests first)
            unit.info["closes_sections"] = True


def find_closing_address(units: list[Unit]) -> None:
    """A paragraph that turns to the audience (同志们，…提三点希望：) after the last division
    heading, with only run-in enumerators after it (一是… 二是…), opens the speech's closing
    words: it and what follows stand outside the sections it would otherwise end up in.  In a
    speech without division headings, such an address after a series of run-in items opens a
    part of its own (一是…六是 / 同志们！…我强调几点。 / 第一，…): the series after it is not
    inside the last item before it.  The paragraph gets ``info["closes_sections"]`` (the heading
    nester closes them before it)."""
    address = None
    enumerator_after = False
    for unit in reversed(units):  # from the end back to the last division heading
        if unit.zone != BODY:
            continue
        kind = unit.kind
        if kind in DIVISIONS or kind == "HEAD_PLAIN":
            break
        if kind in RUN_INS:
            enumerator_after = True
        elif address is None and enumerator_after and kind == "PARA" and VOCATIVE.match(unit.core):
            address = unit
    if address is not None:
        address.info["closes_sections"] = True
