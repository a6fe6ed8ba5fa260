"""Fill workbooks in LibreOffice Calc, as a respondent would, and save them as .xlsx and .ods.

Usage: python3 fill.py < jobs.json
jobs.json is a list of {"source", "xlsx", "ods", "cells"}, where cells is a list of
[sheet, cell, text]: each text is entered as a user types it (so 2026-03-14 becomes a date
cell). One headless soffice with a private profile does every job, and is stopped at the end.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def main():
    jobs = json.load(sys.stdin)
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "cyberassess%d" % os.getpid()
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore",
        "-env:UserInstallation=" + url(profile),
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(600):
            try:
                ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if ctx is None:
            sys.exit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for job in jobs:
            doc = desktop.loadComponentFromURL(
                url(job["source"]), "_blank", 0, (prop("Hidden", True),))
            sheets = doc.getSheets()
            for sheet, cell, text in job["cells"]:
                sheets.getByName(sheet).getCellRangeByName(cell).setFormula(text)
            doc.calculateAll()
            doc.storeToURL(url(job["xlsx"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.storeToURL(url(job["ods"]), (prop("FilterName", "calc8"),))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


main()
