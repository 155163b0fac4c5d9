#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Sigap {

class CallPanel;
class Node;

// The new-incident form, built for the keyboard: F3 puts the cursor in it; category by
// type-ahead (either language, or the code), priority (the category's by default),
// kelurahan by type-ahead over the gazetteer (Up/Down pick among the matches), address and
// note; Ctrl+Enter saves. When a call is in conversation at this desk, the incident takes
// the caller's number and the call, and the call is closed as "incident".
class IncidentForm : public QWidget
{
    Q_OBJECT

public:
    IncidentForm(Node &node, CallPanel *calls, const QString &language, QWidget *parent = nullptr);

    QList<QAction *> formActions() const { return m_actions; }
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void saved(const QString &incidentId);
    void problem(const QString &message);

private:
    void save();
    void clear();
    void updateKelurahanMatches();
    void showChosenKelurahan();
    void prefillFromCall();
    QString chosenCategory() const;

    Node &m_node;
    CallPanel *m_calls;
    QString m_language;
    QList<QAction *> m_actions;
    QComboBox *m_category;
    QComboBox *m_priority;
    QLineEdit *m_kelurahan;
    QListWidget *m_kelurahanMatches;
    QLineEdit *m_address;
    QPlainTextEdit *m_note;
    QLabel *m_result;
};

} // namespace Sigap
