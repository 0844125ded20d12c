// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinprompt.h"

#include <QCoreApplication>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

// The terminal as it was, restored even when Ctrl+C ends the program mid-PIN.
termios g_saved;
volatile std::sig_atomic_t g_echoOff = 0;

void restoreAndDie(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// One line without its line end; nullopt at end of input with nothing read.
std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

std::optional<QString> readHidden(const QString &prompt)
{
    const QByteArray p = prompt.toUtf8();
    auto showPrompt = [&p] {
        std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
        std::fflush(stderr);
    };
    if (tcgetattr(STDIN_FILENO, &g_saved) != 0) {
        showPrompt();
        return readLine();
    }
    termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
    const int caught[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    void (*previous[4])(int) = {};
    for (int i = 0; i < 4; ++i)
        previous[i] = std::signal(caught[i], restoreAndDie);
    g_echoOff = 1;
    // Echo goes off before the prompt shows, and nothing typed is thrown away (TCSANOW, not
    // TCSAFLUSH): a PIN typed the moment the prompt appears was once discarded, and the program
    // then waited for ever.
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    showPrompt();
    std::optional<QString> line = readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    g_echoOff = 0;
    for (int i = 0; i < 4; ++i)
        std::signal(caught[i], previous[i]);
    return line;
}

// What readNewSecret says, in the words of the secret asked for.
struct SecretWords
{
    QString noInput;
    QString noneGiven;
    QString again;
    QString differ;
};

Result<QString> readNewSecret(const QString &prompt, const SecretWords &words)
{
    if (!isatty(STDIN_FILENO)) {
        std::optional<QString> line = readLine();
        if (!line || line->isEmpty())
            return Error::badInput(words.noInput);
        return *line;
    }
    std::optional<QString> first = readHidden(prompt);
    if (!first || first->isEmpty())
        return Error::badInput(words.noneGiven);
    std::optional<QString> second = readHidden(words.again);
    if (!second || *second != *first)
        return Error::badInput(words.differ);
    return *first;
}

} // namespace

Result<QString> readNewPin(const QString &prompt)
{
    return readNewSecret(prompt, {Tr::tr("no PIN on standard input; give it as one line on stdin, or run at a terminal"),
                                  Tr::tr("no PIN given; nothing was changed"), Tr::tr("Type the PIN again: "),
                                  Tr::tr("the two PINs differ; nothing was changed")});
}

Result<QString> readPin(const QString &prompt)
{
    std::optional<QString> pin = isatty(STDIN_FILENO) ? readHidden(prompt) : readLine();
    if (!pin || pin->isEmpty())
        return Error::badInput(Tr::tr("no PIN given; nothing was changed"));
    return *pin;
}

Result<QString> readNewPassword(const QString &prompt)
{
    return readNewSecret(prompt,
                         {Tr::tr("no password on standard input; give it as one line on stdin, or run at a terminal"),
                          Tr::tr("no password given; nothing was changed"), Tr::tr("Type the password again: "),
                          Tr::tr("the two passwords differ; nothing was changed")});
}

} // namespace antrian::cli
