// Which language LayerLab starts in, and what installing one does: Chinese written in
// simplified characters gets zh_CN, every other locale English; the environment is read as
// the C library reads it (LC_ALL, then LC_MESSAGES, then LANG); the zh_CN translation is
// built into the program and really translates.
#include <QtTest>

#include "language.h"

using namespace layerlab;

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void localesGetTheNearestLanguage_data();
    void localesGetTheNearestLanguage();
    void environmentIsReadAsTheCLibraryDoes();
    void installingChineseTranslatesAndEnglishUndoes();
    void anUnknownLanguageIsEnglish();
};

void TestLanguage::localesGetTheNearestLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("mainland China") << "zh_CN" << "zh_CN";
    QTest::newRow("Singapore") << "zh_SG" << "zh_CN";
    QTest::newRow("simplified script") << "zh_Hans" << "zh_CN";
    QTest::newRow("Taiwan") << "zh_TW" << "en";
    QTest::newRow("Hong Kong") << "zh_HK" << "en";
    QTest::newRow("traditional script") << "zh_Hant" << "en";
    QTest::newRow("US English") << "en_US" << "en";
    QTest::newRow("German") << "de_DE" << "en";
}

void TestLanguage::localesGetTheNearestLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(languageForLocale(QLocale(locale)), language);
}

void TestLanguage::environmentIsReadAsTheCLibraryDoes()
{
    const auto with = [](const char* all, const char* messages, const char* lang) {
        for (const auto& [name, value] : {std::pair{"LC_ALL", all}, {"LC_MESSAGES", messages}, {"LANG", lang}}) {
            if (value)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
        return languageFromEnvironment();
    };
    QCOMPARE(with(nullptr, nullptr, "zh_CN.UTF-8"), QStringLiteral("zh_CN"));
    QCOMPARE(with(nullptr, "en_GB.UTF-8", "zh_CN.UTF-8"), QStringLiteral("en"));
    QCOMPARE(with("C", nullptr, "zh_CN.UTF-8"), QStringLiteral("en"));
    QCOMPARE(with("zh_CN.GB18030", "en_US.UTF-8", "en_US.UTF-8"), QStringLiteral("zh_CN"));
    QCOMPARE(with(nullptr, nullptr, "zh_TW.UTF-8"), QStringLiteral("en"));
}

void TestLanguage::installingChineseTranslatesAndEnglishUndoes()
{
    int argc = 1;
    char name[] = "test_language";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QVERIFY(installLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
    // a text from the engine's templates and one of Qt's own
    QCOMPARE(QCoreApplication::translate("Diagnosis", "Vanishing gradients"), QStringLiteral("梯度消失"));
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(installLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Diagnosis", "Vanishing gradients"), QStringLiteral("Vanishing gradients"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::anUnknownLanguageIsEnglish()
{
    int argc = 1;
    char name[] = "test_language";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QVERIFY(!installLanguage(QStringLiteral("xx")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
}

QTEST_APPLESS_MAIN(TestLanguage)
#include "test_language.moc"
