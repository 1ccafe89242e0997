"""Tortoise models, one module per domain. Tortoise discovers them through this package."""

from models.appointments import (
    Appointment, BookingRestriction, CalendarOverride, Closure, HomeVisit, Reminder, Slot, Ticket, TicketCounter,
    WindowGroup,
)
from models.audit import PersonalDataAccess
from models.catalog import ItemImplementation, ItemVersion, LifeEvent, ServiceItem, Theme
from models.events import DomainEvent
from models.geo import Division
from models.identity import AuthSession, Citizen, LoginCode, LoginLock, RefreshToken
from models.org import Department, ServiceCenter, Window
from models.partners import PartnerClient
from models.proxies import ProxyAuthorization
from models.search import SearchTerm
from models.staff import StaffAccount, StaffRole, StaffSignInLock

__all__ = [
    "Appointment",
    "BookingRestriction",
    "CalendarOverride",
    "Closure",
    "HomeVisit",
    "Reminder",
    "Ticket",
    "TicketCounter",
    "Slot",
    "WindowGroup",
    "AuthSession",
    "Citizen",
    "LoginCode",
    "LoginLock",
    "PersonalDataAccess",
    "ProxyAuthorization",
    "RefreshToken",
    "Department",
    "Division",
    "DomainEvent",
    "ItemImplementation",
    "ItemVersion",
    "LifeEvent",
    "ServiceCenter",
    "SearchTerm",
    "ServiceItem",
    "Theme",
    "Window",
    "PartnerClient",
    "StaffAccount",
    "StaffRole",
    "StaffSignInLock",
]
