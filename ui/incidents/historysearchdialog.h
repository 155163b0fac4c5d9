#pragma once

#include "incidentdetailshtml.h"

#include <QDialog>
#include <QTimeZone>

class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace Sigap {

class Categories;
class Clock;
class Gazetteer;
class IncidentProjection;

// Search history (Ctrl+Shift+F): incidents of any age created in a period, found by words
// (IncidentSearch), with the details and timeline of the one selected, read from the store, so
// an archived incident shows whole. The desk's list holds the last two days; this reaches the
// months and years before. Newest first, at most IncidentSearch's limit, the rest counted.
class HistorySearchDialog : public QDialog
{
    Q_OBJECT

public:
    struct Parts
    {
        const IncidentProjection &incidents;
        const Categories &categories;
        const Gazetteer &gazetteer;
        const Clock &clock;
        QTimeZone timeZone;
        IncidentDetailsHtml::Parts details;
    };

    HistorySearchDialog(const Parts &parts, const QString &language, QWidget *parent = nullptr);

    // The period's first and last day, in the room's time zone (the last day included).
    void setPeriod(QDate from, QDate to);
    void setText(const QString &text);
    void search(); // what Enter and the Search button do
    QTableView *results() const { return m_results; }
    QString summary() const;
    QString detailsText() const;

private:
    void showSelected();

    Parts m_parts;
    QString m_language;
    IncidentDetailsHtml m_detailsHtml;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QTableView *m_results;
    QTextBrowser *m_details;
};

} // namespace Sigap
