from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    SetPasswordMixin,
    UserCreationForm,
    UsernameField,
)

from sakip.dasar.bidang import Teks
from sakip.dasar.teks import TolakKendali
from sakip.instansi.models import OPD, Pejabat

from . import batas
from .akses import alasan_tidak_boleh_beri_peran
from .models import Pengguna, Peran


class FormMasuk(AuthenticationForm):
    """The login form, with the rate limit of `sakip.akun.batas`: while locked, even the
    right password is refused, and nothing is checked against the password store."""

    error_messages = {
        "invalid_login": "Nama pengguna atau kata sandi salah. Periksa kembali lalu coba lagi.",
        "inactive": "Akun ini tidak aktif. Hubungi Admin Pemda.",
        "dibatasi": (
            "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam "
            "%(menit)s menit."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Nama pengguna"
        self.fields["password"].label = "Kata sandi"

    def clean(self):
        username = self.cleaned_data.get("username")
        ip = batas.alamat(self.request)
        menit = batas.menit_terkunci(username, ip)
        if menit:
            raise forms.ValidationError(
                self.error_messages["dibatasi"], code="dibatasi", params={"menit": menit}
            )
        try:
            data = super().clean()
        except forms.ValidationError:
            if username:
                batas.catat_gagal(username, ip)
            raise
        # A form without a password passes clean() without authenticating anyone: only a
        # real successful login may clear the failures.
        if self.user_cache is not None:
            batas.bersihkan(username)
        return data


class FormGantiKataSandi(PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Kata sandi lama"
        self.fields["new_password1"].label = "Kata sandi baru"
        self.fields["new_password2"].label = "Ulangi kata sandi baru"
        self.fields["new_password1"].help_text = (
            "Paling sedikit 10 karakter, tidak seluruhnya angka, tidak umum dipakai, "
            "dan tidak mirip dengan nama pengguna, nama atau surel Anda."
        )


class _FormPeran(TolakKendali, forms.Form):
    """A role in one Pemda: OPD roles need one of that Pemda's OPD, the others none."""

    # No role preselected: the admin chooses one, rather than keeping the first by mistake.
    jenis = forms.ChoiceField(
        label="Peran",
        choices=[("", "— pilih peran —"), *Peran.Jenis.choices],
        error_messages={"required": "Pilih peran."},
    )
    opd = forms.ModelChoiceField(
        label="OPD",
        queryset=OPD.objects.none(),
        required=False,
        empty_label="(tanpa OPD)",
        help_text="Wajib untuk Operator OPD dan Kepala OPD; kosongkan untuk peran lain.",
    )

    def siapkan_peran(self, pemda, pengguna=None, oleh=None):
        self.pemda, self.pengguna, self.oleh = pemda, pengguna, oleh
        self.fields["opd"].queryset = pemda.opd_set.order_by("nama")
        self.fields["opd"].error_messages["invalid_choice"] = "Pilih OPD dari Pemda ini."

    def _periksa_peran(self, data):
        jenis, opd = data.get("jenis"), data.get("opd")
        if not jenis:
            return data
        if jenis in Peran.LINGKUP_OPD and not opd:
            self.add_error("opd", "Pilih OPD untuk peran ini.")
        elif jenis not in Peran.LINGKUP_OPD and opd:
            self.add_error("opd", "Peran ini berlaku untuk seluruh Pemda; kosongkan OPD.")
        elif self.pengguna is not None:
            if ditolak := alasan_tidak_boleh_beri_peran(self.oleh, self.pengguna, jenis):
                raise forms.ValidationError(ditolak)
            sama = Peran.objects.filter(pengguna=self.pengguna, jenis=jenis)
            sama = sama.filter(opd=opd) if opd else sama.filter(pemda=self.pemda, opd=None)
            if sama.exists():
                raise forms.ValidationError("Pengguna ini sudah memiliki peran tersebut.")
        return data


def _alasan(label="Alasan", required=True, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=2000,
        help_text=help_text,
        widget=Teks(attrs={"rows": 2}),
    )


class FormPeran(_FormPeran):
    """Another role for `pengguna`, given by `oleh`."""

    alasan = _alasan("Alasan (tidak wajib)", required=False)

    def __init__(self, *args, pemda, pengguna, oleh, **kwargs):
        super().__init__(*args, **kwargs)
        self.siapkan_peran(pemda, pengguna, oleh)

    def clean(self):
        return self._periksa_peran(super().clean())


class FormPenggunaBaru(UserCreationForm, _FormPeran):
    """A new user with a password checked by the validators, and their first role."""

    field_order = [
        "username",
        "first_name",
        "email",
        "password1",
        "password2",
        "wajib_ganti_kata_sandi",
        "jenis",
        "opd",
    ]
    password1, password2 = SetPasswordMixin.create_password_fields(
        label1="Kata sandi", label2="Ulangi kata sandi"
    )

    class Meta:
        model = Pengguna
        fields = ("username", "first_name", "email", "wajib_ganti_kata_sandi")
        field_classes = {"username": UsernameField}
        labels = {
            "username": "Nama pengguna",
            "first_name": "Nama lengkap",
            "email": "Surel",
            "wajib_ganti_kata_sandi": "Wajib ganti kata sandi saat pertama masuk",
        }

    def __init__(self, *args, pemda, **kwargs):
        super().__init__(*args, **kwargs)
        self.siapkan_peran(pemda)
        self.fields["username"].help_text = "Huruf, angka dan tanda @ . + - _ saja."
        self.fields["password1"].help_text = (
            "Paling sedikit 10 karakter, tidak seluruhnya angka, tidak umum dipakai, "
            "dan tidak mirip dengan nama pengguna, nama atau surel."
        )
        self.fields["password2"].help_text = "Ketik kata sandi yang sama sekali lagi."
        self.fields["email"].help_text = "Untuk pemberitahuan alur kerja dan pengingat."
        # Whoever chose the password knows it: by default the user chooses their own.
        self.fields["wajib_ganti_kata_sandi"].initial = True
        self.fields[
            "wajib_ganti_kata_sandi"
        ].help_text = (
            "Pengguna diminta memilih kata sandinya sendiri sebelum dapat membuka halaman lain."
        )

    def clean(self):
        return self._periksa_peran(super().clean())


class FormHapusPeran(TolakKendali, forms.Form):
    alasan = _alasan("Alasan (tidak wajib)", required=False)


class _FormAlasan(TolakKendali, forms.Form):
    """A form of the user's page, which holds several: ids of its own, one name `alasan`."""

    awalan_id = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"id_{self.awalan_id}_%s")
        super().__init__(*args, **kwargs)


class FormAturUlang(_FormAlasan):
    """Reset a user's password: the reason is kept in the audit trail."""

    awalan_id = "atur_ulang"

    alasan = _alasan(help_text='Mis. "Lupa kata sandi, diminta lewat telepon 12 Mei".')


class FormStatus(_FormAlasan):
    """Deactivate (aktif "0") or reactivate (aktif "1") an account, with the reason."""

    awalan_id = "status"

    aktif = forms.TypedChoiceField(
        choices=[("0", "nonaktif"), ("1", "aktif")],
        coerce=lambda v: v == "1",
        widget=forms.HiddenInput,
    )
    alasan = _alasan()


class PilihanPejabat(forms.ModelChoiceField):
    def label_from_instance(self, p):
        return f"{p.nama} — {p.jabatan} ({p.opd})"


class FormPejabat(_FormAlasan):
    """Link an account to the official it belongs to (or unlink it): where the Pemda allows
    it, the official fills the Rencana Aksi actions they are responsible for. Only an
    official of an OPD of this Pemda."""

    awalan_id = "pejabat"

    pejabat = PilihanPejabat(
        label="Pejabat",
        queryset=None,
        required=False,
        empty_label="— tidak ditautkan —",
        help_text="Data pejabat pemilik akun ini (untuk mengisi rencana aksi)",
    )
    alasan = _alasan("Alasan (tidak wajib)", required=False)

    def __init__(self, *args, pemda, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pejabat"].queryset = (
            Pejabat.objects.filter(pemda=pemda, opd__isnull=False)
            .select_related("opd")
            .order_by("opd__nama", "nama")
        )


class FormAkun(TolakKendali, forms.Form):
    """The user's own settings."""

    email = forms.EmailField(
        label="Surel",
        required=False,
        help_text="Alamat untuk pemberitahuan alur kerja dan pengingat.",
    )
    terima_pengingat = forms.BooleanField(
        label="Kirimi saya pemberitahuan dan pengingat lewat surel",
        required=False,
        help_text=(
            "Pemberitahuan saat dokumen berpindah tahap dan menunggu Anda, serta pengingat "
            "harian menjelang jendela pengisian ditutup atau tindak lanjut reviu."
        ),
    )


class FormToken(TolakKendali, forms.Form):
    """A new API token: only its name, to tell it apart later."""

    nama = forms.CharField(
        label="Nama token",
        max_length=100,
        help_text="Untuk apa token ini, misalnya “Dasbor Bappeda”.",
    )
