// SPDX-License-Identifier: GPL-3.0-or-later
// RatingPadController: the view-model of the rating pad, the small screen facing the customer at
// one counter (antrian-kiosk --rating-pad COUNTER). When the change feed brings a Finished at
// its counter it asks the engine which ticket to ask about (QueueEngine::ticketToRate) and shows
// the question the branch's rating mode asks: five faces, or the nine SKM questions one after
// another. One touch on a face, or the ninth answer, stores the rating on the worker; then
// thanks, then idle. No touch for a while, a refusal, or a newer finish at the counter ends a
// question without storing anything. The pad only reads and writes ratings: it never holds up
// the counter. QML binds to it and forwards touches; the state machine is all here, so the
// tests drive it without a window.
#pragma once

#include "config/branchconfig.h"
#include "domain/queueevent.h"
#include "domain/ticket.h"
#include "queue/queueengine.h"
#include "ratings/skm.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace antrian {
class ChangeFeed;
class QueueWorker;
class StaffWorker;
} // namespace antrian

namespace antrian::kiosk {

// How long the pad's screens stay; tests shorten them.
struct RatingPadTimings
{
    int questionMs = QueueEngine::kRatingWindowSeconds * 1000; // no touch this long: back to idle
    int thanksMs = 3000;  // the thank-you screen
    int noticeMs = 5000;  // a refusal's message
};

class RatingPadController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the kiosk app")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString counterName READ counterName NOTIFY textsChanged)
    Q_PROPERTY(bool ratingOff READ ratingOff NOTIFY modeChanged)
    Q_PROPERTY(QString ticketCode READ ticketCode NOTIFY questionChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY questionChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QStringList faceWords READ faceWords NOTIFY textsChanged)
    // The SKM question showing: 0-based, of questionCount.
    Q_PROPERTY(int questionIndex READ questionIndex NOTIFY questionChanged)
    Q_PROPERTY(int questionCount READ questionCount CONSTANT)
    Q_PROPERTY(QString elementName READ elementName NOTIFY questionChanged)
    Q_PROPERTY(QString questionText READ questionText NOTIFY questionChanged)
    Q_PROPERTY(QStringList answerWords READ answerWords NOTIFY questionChanged)
    // The answer given to this question before Back came to it again; 0 if none.
    Q_PROPERTY(int givenAnswer READ givenAnswer NOTIFY questionChanged)
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY noticeChanged)
public:
    enum class Screen { Idle, Faces, Skm, Thanks, Notice };
    Q_ENUM(Screen)

    // `staff` (may be null) names who served; `feed` (may be null) brings the finishes.
    RatingPadController(QueueWorker &worker, StaffWorker *staff, ChangeFeed *feed, int counter,
                        const BranchConfig &branch, const QString &language, RatingPadTimings timings = {},
                        QObject *parent = nullptr);
    ~RatingPadController() override;

    // Touches, forwarded by QML.
    Q_INVOKABLE void rate(int score);   // faces: 1 very bad .. 5 very good
    Q_INVOKABLE void answer(int value); // SKM: 1..4 to the question showing
    Q_INVOKABLE void back();            // SKM: the previous question
    // Any touch on the pad: restarts the time a question waits.
    Q_INVOKABLE void touched();

    // What the feed brought (connected to the feed given, or called by tests).
    void onEvents(const QList<antrian::QueueEvent> &events);
    // Asks the engine now which ticket to ask about, as a Finished at the counter does.
    void ask();
    // The branch's words and mode changed (a config imported while it runs).
    void setBranch(const BranchConfig &branch);
    void setLanguage(const QString &language);

    // For --screenshot: shows `screen` about a made-up ticket, storing nothing.
    void showPreview(Screen screen);

    Screen screen() const { return m_screen; }
    int counter() const { return m_counter; }
    QString counterName() const;
    bool ratingOff() const { return m_branch.rating == RatingMode::Off; }
    QString ticketCode() const { return m_ticket.code; }
    QString staffName() const { return m_staffName; }
    bool saving() const { return m_saving; }
    QStringList faceWords() const;
    int questionIndex() const { return m_question; }
    int questionCount() const { return kSkmElementCount; }
    QString elementName() const;
    QString questionText() const;
    QStringList answerWords() const;
    int givenAnswer() const { return m_answers.value(m_question, 0); }
    QList<int> answers() const { return m_answers; }
    QString noticeText() const { return m_notice; }
    // How long the question showing still waits for a touch; -1 when none is waiting.
    int questionTimeLeftMs() const { return m_questionTimer.remainingTime(); }

signals:
    void screenChanged();
    void textsChanged();
    void modeChanged();
    void questionChanged();
    void savingChanged();
    void noticeChanged();
    // A question about `code` is on screen (the benchmark times the finish to this).
    void questionShown(const QString &code);
    // Back to idle: the next customer starts afresh (the app resets the language).
    void wentIdle();

private:
    struct Asked;
    void onAsked(int serial, const Asked &asked);
    void showQuestion(const Ticket &ticket);
    void askStaffName(const Ticket &ticket);
    void save();
    void onSaved(const QString &code, const Result<Ticket> &saved);
    void goIdle();
    void showNotice(const QString &text);
    void setScreen(Screen screen);
    void setSaving(bool saving);

    QueueWorker &m_worker;
    StaffWorker *m_staff;
    const int m_counter;
    BranchConfig m_branch;
    QString m_language;
    RatingPadTimings m_timings;

    Screen m_screen = Screen::Idle;
    Ticket m_ticket;       // the ticket asked about; code empty when none
    QString m_staffName;
    bool m_preview = false;
    bool m_saving = false;
    int m_askSerial = 0;   // only the newest question's answer is shown
    int m_question = 0;
    QList<int> m_answers;  // SKM answers so far, by question
    QString m_notice;

    QTimer m_questionTimer;
    QTimer m_thanksTimer;
    QTimer m_noticeTimer;
};

} // namespace antrian::kiosk
