"""Django's `changepassword`, with the reset recorded in the audit trail (the password
itself never is). `sakip.akun` comes before `django.contrib.auth` in INSTALLED_APPS so
that this command replaces Django's."""

import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.management.commands import changepassword

from sakip.akun.ubah import catat_kata_sandi


class Command(changepassword.Command):
    def handle(self, *args, **options):
        # Not one transaction with the prompts: that would hold it open while the
        # operator types. The password is saved before the record, as Django saves it.
        hasil = super().handle(*args, **options)
        model = get_user_model()
        pengguna = model._default_manager.using(options["database"]).get(
            **{model.USERNAME_FIELD: options["username"] or getpass.getuser()}
        )
        catat_kata_sandi(None, pengguna)
        return hasil
