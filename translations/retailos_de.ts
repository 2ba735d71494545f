<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Barcode</name>
    <message>
        <source>Unknown symbology identifier %1</source>
        <translation>Unbekannte Symbologie-Kennung %1</translation>
    </message>
    <message>
        <source>The barcode rule for prefix %1 is invalid: %2</source>
        <translation>Die Barcode-Regel für Präfix %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>the prefix must be digits starting with 2</source>
        <translation>das Präfix muss aus Ziffern bestehen und mit 2 beginnen</translation>
    </message>
    <message>
        <source>the value has 1 to 6 digits, and 4 or 5 with a check digit</source>
        <translation>der Wert hat 1 bis 6 Stellen, mit Prüfziffer 4 oder 5</translation>
    </message>
    <message>
        <source>the value has 0 to 6 decimals</source>
        <translation>der Wert hat 0 bis 6 Nachkommastellen</translation>
    </message>
    <message>
        <source>the item digits overlap the prefix or the value</source>
        <translation>die Artikelstellen überschneiden sich mit dem Präfix oder dem Wert</translation>
    </message>
    <message>
        <source>Price check digit should be %1, not %2</source>
        <translation>Die Preis-Prüfziffer müsste %1 lauten, nicht %2</translation>
    </message>
    <message>
        <source>Weight check digit should be %1, not %2</source>
        <translation>Die Gewichts-Prüfziffer müsste %1 lauten, nicht %2</translation>
    </message>
    <message>
        <source>No rule for UPC-A prefix %1</source>
        <translation>Keine Regel für UPC-A-Präfix %1</translation>
    </message>
    <message>
        <source>No rule for prefix %1</source>
        <translation>Keine Regel für Präfix %1</translation>
    </message>
    <message>
        <source>Unknown GS1 application identifier (%1)</source>
        <translation>Unbekannter GS1-Datenbezeichner (%1)</translation>
    </message>
    <message>
        <source>GS1 element (%1) must have %2 characters, not %3</source>
        <translation>GS1-Element (%1) muss %2 Zeichen haben, nicht %3</translation>
    </message>
    <message>
        <source>GS1 element (%1) must have %2 to %3 characters, not %4</source>
        <translation>GS1-Element (%1) muss %2 bis %3 Zeichen haben, nicht %4</translation>
    </message>
    <message>
        <source>GS1 element (%1) needs a digit where it has “%2”</source>
        <translation>GS1-Element (%1) braucht eine Ziffer an der Stelle von „%2“</translation>
    </message>
    <message>
        <source>GS1 element (%1) contains “%2”, which GS1 does not allow</source>
        <translation>GS1-Element (%1) enthält „%2“, was GS1 nicht zulässt</translation>
    </message>
    <message>
        <source>Check digit of GS1 element (%1) should be %2, not %3</source>
        <translation>Die Prüfziffer von GS1-Element (%1) müsste %2 lauten, nicht %3</translation>
    </message>
    <message>
        <source>GS1 element (%1) has “%2”, which is not a date (YYMMDD)</source>
        <translation>GS1-Element (%1) enthält „%2“, was kein Datum ist (JJMMTT)</translation>
    </message>
    <message>
        <source>GS1 element (%1) appears twice with different values</source>
        <translation>GS1-Element (%1) kommt zweimal mit unterschiedlichen Werten vor</translation>
    </message>
    <message>
        <source>GS1 elements (%1) and (%2) cannot be used together</source>
        <translation>GS1-Elemente (%1) und (%2) dürfen nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>The GS1 barcode contains no data</source>
        <translation>Der GS1-Barcode enthält keine Daten</translation>
    </message>
    <message>
        <source>The GS1 data ends in the middle of an application identifier</source>
        <translation>Die GS1-Daten enden mitten in einem Datenbezeichner</translation>
    </message>
    <message>
        <source>GS1 element (%1) is cut short: it needs %2 characters, only %3 follow</source>
        <translation>GS1-Element (%1) ist zu kurz: Es braucht %2 Zeichen, es folgen nur %3</translation>
    </message>
    <message>
        <source>GS1 element (%1) runs past its %2 characters; a separator (GS) is missing after it</source>
        <translation>GS1-Element (%1) ist länger als seine %2 Zeichen; danach fehlt ein Trennzeichen (GS)</translation>
    </message>
    <message>
        <source>Expected an application identifier in brackets at position %1</source>
        <translation>An Position %1 wurde ein Datenbezeichner in Klammern erwartet</translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2</source>
        <translation>Die Prüfziffer müsste %1 lauten, nicht %2</translation>
    </message>
    <message>
        <source>A GTIN has digits only; this code contains “%1”</source>
        <translation>Eine GTIN besteht nur aus Ziffern; dieser Code enthält „%1“</translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits; this code has %1</source>
        <translation>Eine GTIN hat 8, 12, 13 oder 14 Stellen; dieser Code hat %1</translation>
    </message>
    <message>
        <source>An EAN/UPC barcode has 6, 7, 8, 12 or 13 digits; this one has %1</source>
        <translation>Ein EAN/UPC-Barcode hat 6, 7, 8, 12 oder 13 Stellen; dieser hat %1</translation>
    </message>
    <message>
        <source>Nothing was scanned</source>
        <translation>Es wurde nichts gescannt</translation>
    </message>
    <message>
        <source>The scanner sent a symbology identifier but no data</source>
        <translation>Der Scanner hat eine Symbologie-Kennung, aber keine Daten gesendet</translation>
    </message>
    <message>
        <source>An EAN/UPC barcode has digits only; this one contains “%1”</source>
        <translation>Ein EAN/UPC-Barcode besteht nur aus Ziffern; dieser enthält „%1“</translation>
    </message>
    <message>
        <source>This GS1 barcode has no GTIN (01) to look the item up by</source>
        <translation>Dieser GS1-Barcode enthält keine GTIN (01), über die der Artikel gesucht werden kann</translation>
    </message>
    <message>
        <source>This barcode is priced in currency %1, not in the till&apos;s %2</source>
        <translation>Der Preis in diesem Barcode ist in %1 angegeben, nicht in der Kassenwährung %2</translation>
    </message>
    <message>
        <source>The price in this barcode is too large</source>
        <translation>Der Preis in diesem Barcode ist zu hoch</translation>
    </message>
    <message>
        <source>Only the add-on of this barcode was read; scan the main barcode</source>
        <translation>Nur der Zusatzcode dieses Barcodes wurde gelesen; bitte den Hauptbarcode scannen</translation>
    </message>
    <message>
        <source>An EAN-8 barcode has 8 digits; this one has %1</source>
        <translation>Ein EAN-8-Barcode hat 8 Stellen; dieser hat %1</translation>
    </message>
    <message>
        <source>This is not a barcode or store code: it contains “%1”</source>
        <translation>Kein Barcode oder Filialcode: Die Eingabe enthält „%1“</translation>
    </message>
    <message>
        <source>A store code has at most %1 characters; this one has %2</source>
        <translation>Ein Filialcode hat höchstens %1 Zeichen; dieser hat %2</translation>
    </message>
    <message>
        <source>“%1” is not a barcode or store code this till knows</source>
        <translation>„%1“ ist kein dieser Kasse bekannter Barcode oder Filialcode</translation>
    </message>
    <message>
        <source>A UPC-E code has digits only; this code contains “%1”</source>
        <translation>Ein UPC-E-Code besteht nur aus Ziffern; dieser Code enthält „%1“</translation>
    </message>
    <message>
        <source>A UPC-E code has 6, 7 or 8 digits; this code has %1</source>
        <translation>Ein UPC-E-Code hat 6, 7 oder 8 Stellen; dieser Code hat %1</translation>
    </message>
    <message>
        <source>A UPC-E code starts with 0 or 1, not %1</source>
        <translation>Ein UPC-E-Code beginnt mit 0 oder 1, nicht mit %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>No item has the barcode %1.</source>
        <translation>Kein Artikel hat den Barcode %1.</translation>
    </message>
    <message>
        <source>No item has the PLU %1.</source>
        <translation>Kein Artikel hat die PLU %1.</translation>
    </message>
    <message>
        <source>No item has the id %1.</source>
        <translation>Kein Artikel hat die ID %1.</translation>
    </message>
    <message>
        <source>No item has the code %1.</source>
        <translation>Kein Artikel hat den Code %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a normalised barcode (GTIN-14 or store code).</source>
        <translation>„%1“ ist kein normalisierter Barcode (GTIN-14 oder Filialcode).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PLU (1 to 6 digits, no leading zero).</source>
        <translation>„%1“ ist keine PLU (1 bis 6 Stellen, ohne führende Null).</translation>
    </message>
    <message>
        <source>The PLU %1 already belongs to SKU %2.</source>
        <translation>Die PLU %1 gehört bereits zur SKU %2.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to SKU %2.</source>
        <translation>Der Barcode %1 gehört bereits zur SKU %2.</translation>
    </message>
    <message>
        <source>The product %1 was not saved.</source>
        <translation>Der Artikel %1 wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <source>this code is read as a PLU (by its length or its label rule); put the PLU in the plu column</source>
        <translation>dieser Code wird als PLU gelesen (nach seiner Länge oder seiner Etikettenregel); die PLU in die Spalte plu eintragen</translation>
    </message>
    <message>
        <source>list the GTIN alone, not a GS1 element string</source>
        <translation>nur die GTIN angeben, keine GS1-Elementfolge</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row.</source>
        <translation>Die Datei ist leer; erwartet wurde eine Kopfzeile.</translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>Zeile 1: unbekannte Spalte „%1“; gültige Spalten sind %2.</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; appears twice.</source>
        <translation>Zeile 1: Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>line 1: the required column &quot;%1&quot; is missing.</source>
        <translation>Zeile 1: Die Pflichtspalte „%1“ fehlt.</translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>a SKU of 1 to 64 printable characters is required</source>
        <translation>eine Artikelnummer (SKU) mit 1 bis 64 druckbaren Zeichen ist erforderlich</translation>
    </message>
    <message>
        <source>a name of 1 to 200 printable characters is required</source>
        <translation>ein Name mit 1 bis 200 druckbaren Zeichen ist erforderlich</translation>
    </message>
    <message>
        <source>a department of 1 to 64 characters is required</source>
        <translation>eine Warengruppe mit 1 bis 64 Zeichen ist erforderlich</translation>
    </message>
    <message>
        <source>unknown tax class &quot;%1&quot;</source>
        <translation>unbekannte Steuerklasse „%1“</translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2</source>
        <translation>ungültiger Preis „%1“: %2</translation>
    </message>
    <message>
        <source>the price must not be negative</source>
        <translation>der Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <source>unit must be &quot;each&quot; or &quot;kg&quot;, not &quot;%1&quot;</source>
        <translation>die Einheit muss „each“ oder „kg“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a PLU has %1 to %2 digits, not &quot;%3&quot;</source>
        <translation>eine PLU hat %1 bis %2 Stellen, nicht „%3“</translation>
    </message>
    <message>
        <source>age limit must be a whole number from 0 to 99</source>
        <translation>die Altersgrenze muss eine ganze Zahl von 0 bis 99 sein</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>yes oder no verwenden</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot;: %2</source>
        <translation>Barcode „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date such as 2026-12-01</source>
        <translation>„%1“ ist kein ISO-Datum wie 2026-12-01</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date such as 2026-12-31</source>
        <translation>„%1“ ist kein ISO-Datum wie 2026-12-31</translation>
    </message>
    <message>
        <source>the price must end after it starts</source>
        <translation>das Preisende muss nach dem Preisbeginn liegen</translation>
    </message>
    <message>
        <source>the SKU %1 with this price start already appears on line %2</source>
        <translation>die SKU %1 mit diesem Preisbeginn steht bereits in Zeile %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: retailos COMMAND
  catalogue init --db FILE              create a replica with the demo tax classes
  catalogue generate --items N --db FILE | --csv FILE
  catalogue import --db FILE [--skip-bad] CSV
  lookup --db FILE CODE...              find items by barcode, PLU or store code
  search --db FILE WORDS                find items by name
  --version</source>
        <translation>Aufruf: retailos COMMAND
  catalogue init --db FILE              Replikat mit den Demo-Steuerklassen anlegen
  catalogue generate --items N --db FILE | --csv FILE
  catalogue import --db FILE [--skip-bad] CSV
  lookup --db FILE CODE...              Artikel per Barcode, PLU oder Filialcode suchen
  search --db FILE WORDS                Artikel nach Namen suchen
  --version</translation>
    </message>
    <message>
        <source>no price in force</source>
        <translation>kein gültiger Preis</translation>
    </message>
    <message>
        <source>%1 per kg</source>
        <translation>%1 pro kg</translation>
    </message>
    <message>
        <source>age %1+</source>
        <translation>ab %1 Jahren</translation>
    </message>
    <message>
        <source>not returnable</source>
        <translation>nicht rückgabefähig</translation>
    </message>
    <message>
        <source>PLU %1</source>
        <translation>PLU %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>The lane database file.</source>
        <translation>Die Datenbankdatei der Kasse.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Store whose prices apply.</source>
        <translation>Filiale, deren Preise gelten.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Moment for prices (ISO 8601); default now.</source>
        <translation>Zeitpunkt für die Preise (ISO 8601); Standard: jetzt.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Locale for amounts.</source>
        <translation>Gebietsschema für Beträge.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How many products.</source>
        <translation>Anzahl der Artikel.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert für den Zufallsgenerator.</translation>
    </message>
    <message>
        <source>Write catalogue CSV to this file instead of a database.</source>
        <translation>Katalog-CSV in diese Datei statt in eine Datenbank schreiben.</translation>
    </message>
    <message>
        <source>--items must be a whole number from 0 to 50000000</source>
        <translation>--items muss eine ganze Zahl von 0 bis 50000000 sein</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 products to %2 in %3 s</source>
        <translation>%1 Artikel in %3 s nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Give --db FILE or --csv FILE.</source>
        <translation>Geben Sie --db FILE oder --csv FILE an.</translation>
    </message>
    <message>
        <source>Generated %1 products into %2 in %3 s</source>
        <translation>%1 Artikel in %3 s in %2 erzeugt</translation>
    </message>
    <message>
        <source>Give --db FILE.</source>
        <translation>Geben Sie --db FILE an.</translation>
    </message>
    <message>
        <source>%1 already has its tax classes; nothing changed.</source>
        <translation>%1 enthält bereits die Steuerklassen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Created %1 with the demo tax classes and departments.</source>
        <translation>%1 mit den Demo-Steuerklassen und -Warengruppen angelegt.</translation>
    </message>
    <message>
        <source>Import the good rows even if some rows are bad.</source>
        <translation>Gültige Zeilen importieren, auch wenn einige Zeilen fehlerhaft sind.</translation>
    </message>
    <message>
        <source>Currency of rows without one.</source>
        <translation>Währung für Zeilen ohne eigene Währung.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Catalogue CSV file.</source>
        <translation>Katalog-CSV-Datei.</translation>
    </message>
    <message>
        <source>Usage: retailos catalogue import --db FILE [--skip-bad] CSV</source>
        <translation>Aufruf: retailos catalogue import --db FILE [--skip-bad] CSV</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows are bad; nothing was imported. Fix them or use --skip-bad.</source>
        <translation>%1 von %2 Zeilen sind fehlerhaft; es wurde nichts importiert. Korrigieren Sie sie oder verwenden Sie --skip-bad.</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 skipped) in %3 s</source>
        <translation>%1 Zeilen in %3 s importiert (%2 übersprungen)</translation>
    </message>
    <message>
        <source>Most results to show.</source>
        <translation>Höchstzahl anzuzeigender Treffer.</translation>
    </message>
    <message>
        <source>Words or beginnings of words.</source>
        <translation>Wörter oder Wortanfänge.</translation>
    </message>
    <message>
        <source>Barcodes, PLUs or store codes.</source>
        <translation>Barcodes, PLUs oder Filialcodes.</translation>
    </message>
    <message>
        <source>Usage: retailos search --db FILE WORDS</source>
        <translation>Aufruf: retailos search --db FILE WORDS</translation>
    </message>
    <message>
        <source>Usage: retailos lookup --db FILE CODE...</source>
        <translation>Aufruf: retailos lookup --db FILE CODE...</translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation>--at erwartet eine ISO-8601-Zeitangabe wie 2026-12-01T08:00:00Z</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 1000</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>  (label price %1)</source>
        <translation>  (Etikettenpreis %1)</translation>
    </message>
    <message>
        <source>  (label weight %1 g)</source>
        <translation>  (Etikettengewicht %1 g)</translation>
    </message>
    <message>
        <source>Usage: retailos catalogue init|generate|import ...</source>
        <translation>Aufruf: retailos catalogue init|generate|import ...</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>Zeile %1: Der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: misplaced quote character</source>
        <translation>Zeile %1: Anführungszeichen an falscher Stelle</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer Retail OS (schema %1, this program knows %2). Update the program before using it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Retail OS geschrieben (Schema %1, dieses Programm kennt %2). Aktualisieren Sie das Programm, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving %1 (%2).</source>
        <translation>Der Datenträger meldete beim Speichern von %1 einen Fehler (%2).</translation>
    </message>
    <message>
        <source>The database is busy; %1 could not be saved. Try again.</source>
        <translation>Die Datenbank ist belegt; %1 konnte nicht gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Call support before selling.</source>
        <translation>Die Datenbankdatei ist beschädigt (%1). Wenden Sie sich an den Support, bevor Sie weiter verkaufen.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check the path and its permissions.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden (%2). Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1): %2.</source>
        <translation>In die Datenbank kann nicht geschrieben werden (%1): %2.</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Database error in %1: %2.</source>
        <translation>Datenbankfehler in %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Retail OS lane database.</source>
        <translation>%1 ist keine Kassendatenbank von Retail OS.</translation>
    </message>
    <message>
        <source>The database %1 could not be put in WAL mode; refusing to use it.</source>
        <translation>Die Datenbank %1 konnte nicht in den WAL-Modus versetzt werden; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The database %1 does not accept synchronous=FULL; refusing to use it.</source>
        <translation>Die Datenbank %1 akzeptiert synchronous=FULL nicht; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The database %1 does not enforce foreign keys; refusing to use it.</source>
        <translation>Die Datenbank %1 erzwingt keine Fremdschlüssel; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>Die Abfrage hat keine Zeile geliefert.</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warn, error or off.</source>
        <translation>Unbekannte Protokollstufe „%1“; verwenden Sie trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency code &quot;%1&quot;.</source>
        <translation>Unbekannter Währungscode „%1“.</translation>
    </message>
    <message>
        <source>The amount is too large to be represented.</source>
        <translation>Der Betrag ist zu groß, um dargestellt zu werden.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beträge in %1 und %2 können nicht verrechnet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message numerus="yes">
        <source>The amount &quot;%1&quot; has too many decimals: %2 allows %n.</source>
        <translation>
            <numerusform>Der Betrag „%1“ hat zu viele Nachkommastellen: %2 erlaubt %n Nachkommastelle.</numerusform>
            <numerusform>Der Betrag „%1“ hat zu viele Nachkommastellen: %2 erlaubt %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An amount can only be split by non-negative weights with a positive sum.</source>
        <translation>Ein Betrag kann nur nach nicht negativen Gewichtungen mit positiver Summe aufgeteilt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; expected a number such as 2 or 1.250.</source>
        <translation>„%1“ ist keine Menge; erwartet wird eine Zahl wie 2 oder 1.250 (mit Dezimalpunkt).</translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; has more than three decimals.</source>
        <translation>Die Menge „%1“ hat mehr als drei Nachkommastellen.</translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is too large.</source>
        <translation>Die Menge „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>The cash rounding increment must be at least one minor unit, not %1.</source>
        <translation>Die Schrittweite der Bargeldrundung muss mindestens eine kleinste Währungseinheit betragen, nicht %1.</translation>
    </message>
    <message>
        <source>The amount is too large to round.</source>
        <translation>Der Betrag ist zu groß zum Runden.</translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The saved sale is damaged (field %1).</source>
        <translation>Der gespeicherte Verkauf ist beschädigt (Feld %1).</translation>
    </message>
</context>
<context>
    <name>SaleStore</name>
    <message>
        <source>The card %1 holds only %2; it cannot pay %3.</source>
        <translation>Das Guthaben der Karte %1 beträgt nur %2; damit können %3 nicht bezahlt werden.</translation>
    </message>
    <message>
        <source>There is no parked sale %1 (it may have been resumed on another lane).</source>
        <translation>Es gibt keinen geparkten Verkauf %1 (er wurde möglicherweise an einer anderen Kasse fortgesetzt).</translation>
    </message>
    <message>
        <source>The card %1 is not known at this store.</source>
        <translation>Die Karte %1 ist in dieser Filiale nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>use &quot;price&quot; or &quot;weight&quot;</source>
        <translation>„price“ oder „weight“ verwenden</translation>
    </message>
    <message>
        <source>use &quot;plu&quot; or &quot;zeroed_barcode&quot;</source>
        <translation>„plu“ oder „zeroed_barcode“ verwenden</translation>
    </message>
    <message>
        <source>use &quot;ean13&quot; or &quot;upc_a&quot;</source>
        <translation>„ean13“ oder „upc_a“ verwenden</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>Liste von Regeln erwartet</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: %2</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid JSON at offset %2: %3</source>
        <translation>Die Einstellungsdatei %1 ist an Offset %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>The settings file %1 must hold a JSON object.</source>
        <translation>Die Einstellungsdatei %1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>1 bis 64 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>expected an ISO 4217 code such as EUR</source>
        <translation>ISO-4217-Code wie EUR erwartet</translation>
    </message>
    <message>
        <source>expected a locale name such as de_DE</source>
        <translation>Name eines Gebietsschemas wie de_DE erwartet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>The tax class &quot;%1&quot; is not set up on this lane.</source>
        <translation>Die Steuerklasse „%1“ ist an dieser Kasse nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>The tax rate &quot;%1&quot; has an invalid rate of %2 parts per million.</source>
        <translation>Der Steuersatz „%1“ hat einen ungültigen Wert von %2 Millionstel.</translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is configured twice.</source>
        <translation>Der Steuersatz „%1“ ist doppelt konfiguriert.</translation>
    </message>
    <message>
        <source>The receipt mixes amounts in %1 and %2.</source>
        <translation>Der Bon enthält Beträge sowohl in %1 als auch in %2.</translation>
    </message>
    <message>
        <source>Unknown tax rate &quot;%1&quot;.</source>
        <translation>Unbekannter Steuersatz „%1“.</translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is applied twice to the same line.</source>
        <translation>Der Steuersatz „%1“ wird zweimal auf dieselbe Position angewendet.</translation>
    </message>
    <message>
        <source>The receipt&apos;s amounts are too large to compute its tax.</source>
        <translation>Die Beträge des Bons sind zu groß, um die Steuer zu berechnen.</translation>
    </message>
</context>
</TS>
