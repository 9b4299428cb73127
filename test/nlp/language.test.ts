import { describe, expect, it } from 'vitest';
import { DETECTABLE_LANGUAGES, detectLanguage, MAX_DETECT_CHARS } from '../../src/nlp/language.js';

describe('detectLanguage: Latin-script languages', () => {
  const cases: [string, string][] = [
    ['en', 'The council said on Tuesday that the new bridge would open in the spring, but residents who live near the river are still worried about the traffic it will bring.'],
    ['fr', "Le conseil municipal a annoncé mardi que le nouveau pont sera ouvert au printemps, mais les habitants qui vivent près de la rivière restent inquiets pour la circulation."],
    ['de', 'Der Stadtrat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr eröffnet wird, aber die Anwohner am Fluss sind noch immer wegen des Verkehrs besorgt.'],
    ['es', 'El ayuntamiento anunció el martes que el nuevo puente se abrirá en primavera, pero los vecinos que viven cerca del río siguen preocupados por el tráfico.'],
    ['it', 'Il consiglio comunale ha annunciato martedì che il nuovo ponte sarà aperto in primavera, ma gli abitanti che vivono vicino al fiume sono ancora preoccupati per il traffico.'],
    ['pt', 'A câmara municipal anunciou na terça-feira que a nova ponte será aberta na primavera, mas os moradores que vivem perto do rio ainda estão preocupados com o trânsito.'],
    ['nl', 'De gemeenteraad heeft dinsdag gezegd dat de nieuwe brug in het voorjaar open gaat, maar de bewoners die bij de rivier wonen maken zich nog zorgen over het verkeer.'],
    ['sv', 'Kommunen meddelade på tisdagen att den nya bron ska öppna i vår, men de som bor nära älven är fortfarande oroliga för trafiken som den kommer att föra med sig.'],
    ['da', 'Kommunen oplyste tirsdag, at den nye bro skal åbne efter vinteren, men mange af beboerne ved åen er stadig bekymrede for den trafik, som broen vil give.'],
    ['no', 'Kommunen sa tirsdag at den nye brua skal åpne til våren, men de som bor ved elva er fortsatt bekymret for trafikken som den vil føre med seg etter at den ble bygget.'],
    ['fi', 'Kaupunki kertoi tiistaina, että uusi silta avataan keväällä, mutta joen lähellä asuvat ovat yhä huolissaan siitä liikenteestä, jota se tuo mukanaan.'],
    ['pl', 'Rada miasta poinformowała we wtorek, że nowy most zostanie otwarty wiosną, ale mieszkańcy, którzy żyją przy rzece, nadal obawiają się ruchu, jaki się pojawi.'],
    ['cs', 'Městská rada v úterý oznámila, že nový most bude otevřen na jaře, ale obyvatelé, kteří žijí u řeky, se stále obávají dopravy, kterou přinese.'],
    ['ro', 'Consiliul local a anunțat marți că noul pod va fi deschis în primăvară, dar locuitorii care stau lângă râu sunt încă îngrijorați de traficul pe care îl va aduce.'],
    ['tr', 'Belediye salı günü yeni köprünün ilkbaharda açılacağını duyurdu, ancak nehrin yakınında yaşayan sakinler bu köprünün getireceği trafik için hâlâ çok endişeli.'],
    ['id', 'Dewan kota mengatakan pada hari Selasa bahwa jembatan yang baru akan dibuka pada musim semi, tetapi warga yang tinggal di dekat sungai masih khawatir dengan lalu lintas.'],
  ];
  it.each(cases)('%s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('DETECTABLE_LANGUAGES', () => {
  it('names the languages the detector knows, and not those it does not', () => {
    for (const code of ['en', 'no', 'id', 'ja', 'zh', 'uk', 'fa', 'hi', 'th']) expect(DETECTABLE_LANGUAGES.has(code)).toBe(true);
    for (const code of ['sk', 'ca', 'hu', 'vi']) expect(DETECTABLE_LANGUAGES.has(code)).toBe(false);
  });
});

describe('detectLanguage: other scripts', () => {
  const cases: [string, string][] = [
    ['ru', 'Городской совет во вторник сообщил, что новый мост откроют весной, но жители, которые живут у реки, всё ещё обеспокоены движением.'],
    ['uk', 'Міська рада у вівторок повідомила, що новий міст відкриють навесні, але мешканці, які живуть біля річки, досі стурбовані рухом.'],
    ['bg', 'Общинският съвет съобщи във вторник, че новият мост ще бъде открит през пролетта, но хората, които живеят до реката, са загрижени за движението.'],
    ['ja', '市議会は火曜日、新しい橋が春に開通すると発表したが、川の近くに住む住民は交通量の増加をまだ心配している。'],
    ['zh', '市议会周二宣布新桥将于春季通车，但住在河边的居民仍然担心交通问题。'],
    ['ko', '시의회는 화요일 새 다리가 봄에 개통될 것이라고 밝혔지만 강 근처에 사는 주민들은 여전히 교통 문제를 걱정하고 있다.'],
    ['ar', 'أعلن المجلس البلدي يوم الثلاثاء أن الجسر الجديد سيفتتح في الربيع، لكن السكان الذين يعيشون قرب النهر ما زالوا قلقين من حركة المرور.'],
    ['fa', 'شورای شهر روز سه‌شنبه اعلام کرد که پل جدید در بهار گشایش می‌یابد، اما ساکنانی که نزدیک رودخانه زندگی می‌کنند هنوز نگران ترافیک هستند.'],
    ['he', 'מועצת העיר הודיעה ביום שלישי כי הגשר החדש ייפתח באביב, אבל התושבים שגרים ליד הנהר עדיין מודאגים מהתנועה.'],
    ['el', 'Το δημοτικό συμβούλιο ανακοίνωσε την Τρίτη ότι η νέα γέφυρα θα ανοίξει την άνοιξη, αλλά οι κάτοικοι κοντά στο ποτάμι ανησυχούν ακόμη για την κίνηση.'],
    ['th', 'สภาเมืองประกาศเมื่อวันอังคารว่าสะพานใหม่จะเปิดในฤดูใบไม้ผลิ แต่ชาวบ้านที่อาศัยอยู่ใกล้แม่น้ำยังคงกังวลเรื่องการจราจร'],
    ['hi', 'नगर परिषद ने मंगलवार को कहा कि नया पुल वसंत में खुलेगा, लेकिन नदी के पास रहने वाले लोग अब भी यातायात को लेकर चिंतित हैं।'],
  ];
  it.each(cases)('%s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('detectLanguage: when it must not guess', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['too short', 'Hello there'],
    ['numbers and punctuation', '12:30 — 44-12, 3.5% (2024) | 7/10'],
    ['a list of names with no function words', 'Palm Bay Rockledge Viera Melbourne Titusville Cocoa Merritt Island Satellite Beach'],
    // Danish or Norwegian? Every function word here is shared by both: a tie is not a verdict.
    ['a Scandinavian sentence without a word only one of its languages uses', 'Kommunen oplyste tirsdag, at den nye bro skal åbne til foråret, men de beboere, der bor ved åen, er stadig bekymrede for den trafik, som broen vil give.'],
  ];
  it.each(cases)('%s -> null', (_label, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('detectLanguage: bounds', () => {
  it('reads only the start of a long text', () => {
    const english = 'The mayor said that the plan was not ready and that it would be delayed. '.repeat(80);
    const german = 'Der Bürgermeister sagte, dass der Plan noch nicht fertig ist und dass er sich verzögert. '.repeat(200);
    expect(english.length).toBeGreaterThan(MAX_DETECT_CHARS);
    expect(detectLanguage(english + german)).toBe('en');
  });

  it('follows the majority script in mixed text', () => {
    const text = 'Совет объявил о мосте (bridge) в среду, и жители были рады этому решению городской власти.';
    expect(detectLanguage(text)).toBe('ru');
  });
});
