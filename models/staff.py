"""Staff accounts (工作人员) and their role assignments.

A staff member signs in with username and password (argon2id hash, auth/passwords.py). Each
`StaffRole` row binds one role to exactly one scope: a division (supervisor, provincial admin),
a service centre (window clerk, centre admin) or a department (department approver). The
vocabulary and the rule "which scope for which role" live in domain/roles.py; the use cases
(usecases/staff) enforce it, since the database cannot check "exactly one of three" portably.
"""

from tortoise import fields
from tortoise.models import Model


class StaffAccount(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)  # normalised (domain/staff.py)
    display_name = fields.CharField(max_length=64)
    password_hash = fields.CharField(max_length=255)  # argon2id, PHC string
    active = fields.BooleanField(default=True)
    # Wrong passwords in a row; five lock the account until locked_until (15 minutes).
    failed_logins = fields.SmallIntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    password_changed_at = fields.DatetimeField()

    class Meta:
        table = "staff_account"


class StaffRole(Model):
    """One role of one staff member, bound to exactly one scope (domain/roles.py)."""

    id = fields.IntField(primary_key=True)
    staff = fields.ForeignKeyField("models.StaffAccount", related_name="roles", on_delete=fields.CASCADE)
    # window_clerk | department_approver | center_admin | supervisor | provincial_admin
    role = fields.CharField(max_length=24, db_index=True)
    division = fields.ForeignKeyField("models.Division", related_name="staff_roles", null=True,
                                      on_delete=fields.RESTRICT)
    center = fields.ForeignKeyField("models.ServiceCenter", related_name="staff_roles", null=True,
                                    on_delete=fields.RESTRICT)
    department = fields.ForeignKeyField("models.Department", related_name="staff_roles", null=True,
                                        on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)
    created_by = fields.CharField(max_length=64, default="")

    class Meta:
        table = "staff_role"


class StaffSignInLock(Model):
    """Wrong-password counter for usernames that have no account.

    Without it, "five tries lock the account" would tell an attacker which usernames exist
    (unknown names would never lock). Keyed by a blind index of the normalised username, so
    whatever people type into the username box (sometimes a password) is never stored.
    """

    username_index = fields.CharField(max_length=64, primary_key=True)
    failed_logins = fields.SmallIntField(default=0)
    locked_until = fields.DatetimeField(null=True)

    class Meta:
        table = "staff_sign_in_lock"
