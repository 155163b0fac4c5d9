#include "callerlines.h"

namespace Sigap {

const std::map<QString, QStringList> &callerLines()
{
    static const std::map<QString, QStringList> lines{
        {QStringLiteral("kebakaran"),
         {QStringLiteral("Rumah warga terbakar, api sudah besar, warga berusaha memadamkan pakai ember."),
          QStringLiteral("Asap tebal dari gudang di belakang pasar, belum terlihat api."),
          QStringLiteral("Kebakaran lahan dekat permukiman, angin kencang.")}},
        {QStringLiteral("medis"),
         {QStringLiteral("Bapak tiba-tiba pingsan di rumah, masih bernapas, minta ambulans."),
          QStringLiteral("Ibu hamil pendarahan, keluarga tidak punya kendaraan."),
          QStringLiteral("Anak kejang dan demam tinggi sejak sore."),
          QStringLiteral("Lansia jatuh di kamar mandi, tidak bisa berdiri.")}},
        {QStringLiteral("kecelakaan"),
         {QStringLiteral("Tabrakan motor dengan mobil, satu orang terluka di kepala."),
          QStringLiteral("Motor jatuh sendiri, pengendara tidak sadar."),
          QStringLiteral("Truk terguling, jalan macet total, sopir terjepit.")}},
        {QStringLiteral("kamtibmas"),
         {QStringLiteral("Ada perkelahian antar pemuda di depan warung."),
          QStringLiteral("Pencurian motor, pelaku kabur ke arah jembatan."),
          QStringLiteral("Orang mabuk mengamuk dan merusak barang warga.")}},
        {QStringLiteral("banjir"),
         {QStringLiteral("Air pasang masuk rumah setinggi lutut, ada lansia perlu dievakuasi."),
          QStringLiteral("Jalan tergenang, drainase tersumbat.")}},
        {QStringLiteral("pohon_tumbang"),
         {QStringLiteral("Pohon besar tumbang menutup jalan, menimpa kabel listrik."),
          QStringLiteral("Pohon tumbang menimpa rumah warga, tidak ada korban.")}},
        {QStringLiteral("longsor"), {QStringLiteral("Tebing sungai longsor, dua rumah panggung miring.")}},
        {QStringLiteral("sar"),
         {QStringLiteral("Anak tenggelam di sungai saat berenang, belum ditemukan."),
          QStringLiteral("Klotok terbalik di Sungai Martapura, satu penumpang hilang.")}},
        {QStringLiteral("hewan_berbahaya"),
         {QStringLiteral("Ular sanca masuk ke dapur rumah."),
          QStringLiteral("Sarang tawon besar di plafon rumah, anak-anak disengat.")}},
        {QStringLiteral("utilitas"),
         {QStringLiteral("Tiang listrik miring dan kabel menjuntai ke jalan."),
          QStringLiteral("Pipa PDAM bocor besar, air menyembur ke jalan."),
          QStringLiteral("Lampu jalan padam satu ruas, rawan kecelakaan.")}},
        {QStringLiteral("penyakit_menular"), {QStringLiteral("Beberapa warga demam berdarah dalam satu gang.")}},
        {QStringLiteral("lainnya"), {QStringLiteral("Warga melapor orang hilang ingatan berkeliaran di jalan.")}},
    };
    return lines;
}

} // namespace Sigap
