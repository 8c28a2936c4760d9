"""Reading an evaluation: its worksheet (the version's file with the Pemda's local
criteria), its stored answers, and the engine's scores of the OPD's and of the evaluator's
answers (`sakip.kinerja.lke`). Reads never write: an OPD without an evaluation gets the
default worksheet and no answers."""

from dataclasses import dataclass, field

from sakip.instansi.models import Pemda
from sakip.kinerja.lke import Hasil, Lembar, nilai_lembar

from .lembar import VERSI_BAKU, berkas, dengan_lokal
from .models import Evaluasi, Jawaban, KriteriaLokal


def milik(subjek) -> dict:
    """The lookup of the evaluations of `subjek`: an OPD, or the Pemda itself."""
    return {"pemda": subjek} if isinstance(subjek, Pemda) else {"opd": subjek}


def pemda_dari(subjek) -> Pemda:
    return subjek if isinstance(subjek, Pemda) else subjek.pemda


def kriteria_lokal(pemda, versi, evaluasi=None):
    """The Pemda's local criteria of `versi`; for a concluded evaluation only those that
    existed when it was concluded, so its score stays what was concluded."""
    lokal = KriteriaLokal.objects.filter(pemda=pemda, versi=versi)
    if evaluasi is not None and evaluasi.selesai and evaluasi.diselesaikan_pada:
        lokal = lokal.filter(dibuat_pada__lte=evaluasi.diselesaikan_pada)
    return list(lokal)


def lembar_untuk(subjek, evaluasi=None) -> Lembar:
    versi = evaluasi.versi if evaluasi else VERSI_BAKU
    return dengan_lokal(berkas(versi), kriteria_lokal(pemda_dari(subjek), versi, evaluasi))


@dataclass
class Keadaan:
    """What the worksheet page, the workbook and the CLI show of an OPD's (or the Pemda's
    own) year; `opd` is the one evaluated, an OPD or the Pemda."""

    opd: object
    tahun: int
    evaluasi: Evaluasi | None
    lembar: Lembar
    jawaban: dict[str, Jawaban] = field(default_factory=dict)

    def hasil(self, pihak: str) -> Hasil:
        """The score of the answers of `pihak` ("opd" or "evaluator"); the evaluator's is
        the final one."""
        return nilai_lembar(
            self.lembar, {k: getattr(j, f"jawaban_{pihak}") for k, j in self.jawaban.items()}
        )

    @property
    def selesai(self) -> bool:
        return bool(self.evaluasi and self.evaluasi.selesai)


def keadaan(opd, tahun) -> Keadaan:
    """The year of `opd`: an OPD, or a Pemda for its own evaluation."""
    evaluasi = Evaluasi.objects.filter(**milik(opd), tahun=tahun).first()
    jawaban = {}
    if evaluasi:
        jawaban = {
            j.kode: j
            for j in Jawaban.objects.filter(evaluasi=evaluasi).prefetch_related("bukti_set")
        }
    return Keadaan(opd, tahun, evaluasi, lembar_untuk(opd, evaluasi), jawaban)
