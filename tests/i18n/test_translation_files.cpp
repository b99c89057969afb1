// The translation files are whole: every text the sources hold (tr(), translate(),
// QT_TRANSLATE_NOOP in the engine) has a finished zh_CN translation, none is left unfinished
// or obsolete, and each translation keeps the placeholders of its source. The sources are
// read again by lupdate here, so a text added without a translation fails this test even
// when nobody ran `cmake --build build --target update_translations`.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString translation;  // numerus forms joined by '\n'
    QString type;         // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = {context, {}, {}, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            // a plain translation, or its numerus forms
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    text += QStringLiteral("\n") + xml.readElementText();
            }
            current.translation = text.trimmed();
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// "%1", "%2", "%n", "%L1" as a sorted list: a translation must use the same ones as its source
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

QString describe(const TsMessage& m) { return QStringLiteral("[%1] %2").arg(m.context, m.source.left(90)); }

}  // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTranslationIsFinished_data();
    void everyTranslationIsFinished();
    void everySourceTextIsInTheFiles_data() { everyTranslationIsFinished_data(); }
    void everySourceTextIsInTheFiles();
};

void TestTranslationFiles::everyTranslationIsFinished_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(LAYERLAB_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("layerlab_*.ts")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), "no translation files");
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslationFiles::everyTranslationIsFinished()
{
    QFETCH(QString, path);
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const TsMessage& m : messages) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            problems << QStringLiteral("obsolete (no longer in the sources; run update_translations): ") + describe(m);
        else if (m.type == u"unfinished" || m.translation.isEmpty())
            problems << QStringLiteral("not translated: ") + describe(m);
        else if (!m.source.contains(u"%n") && placeholders(m.source) != placeholders(m.translation))
            problems << QStringLiteral("placeholders differ (%1 vs %2): ")
                            .arg(placeholders(m.source).join(u' '), placeholders(m.translation).join(u' ')) +
                            describe(m);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                                            problems.mid(0, 40).join(u'\n')));
}

void TestTranslationFiles::everySourceTextIsInTheFiles()
{
    QFETCH(QString, path);
    // lupdate reads the sources into a copy; a text it adds there has no translation
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LAYERLAB_LUPDATE),
                  {QStringLiteral("@" LAYERLAB_TRANSLATED_SOURCES), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-ui-lines"), QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    QString error;
    const QList<TsMessage> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const TsMessage& m : messages)
        if (m.type == u"unfinished" && m.translation.isEmpty())
            missing << describe(m);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) in the sources without a translation (run `cmake --build build "
                                       "--target update_translations`, then translate them):\n")
                            .arg(missing.size()) +
                        missing.mid(0, 40).join(u'\n')));
}

QTEST_APPLESS_MAIN(TestTranslationFiles)
#include "test_translation_files.moc"
