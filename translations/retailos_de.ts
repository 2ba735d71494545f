<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApprovalFlow</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
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
    <name>CashDrawer</name>
    <message>
        <source>This drawer has no open sensor, so the till cannot tell whether it is closed.</source>
        <translation>Diese Kassenlade hat keinen Öffnungssensor; die Kasse kann daher nicht erkennen, ob sie geschlossen ist.</translation>
    </message>
    <message>
        <source>The drawer was sent the signal to open but its sensor still reads closed. Check the drawer cable, or open it with the key.</source>
        <translation>Die Kassenlade hat das Signal zum Öffnen erhalten, ihr Sensor meldet aber weiterhin „geschlossen“. Prüfen Sie das Kabel der Kassenlade oder öffnen Sie sie mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>The drawer&apos;s sensor did not answer, so the till cannot tell whether it is closed.</source>
        <translation>Der Sensor der Kassenlade hat nicht geantwortet; die Kasse kann daher nicht erkennen, ob sie geschlossen ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drawer sensor setting; use one of: none, open_high, open_low.</source>
        <translation>„%1“ ist keine gültige Sensoreinstellung für die Kassenlade; zulässig sind: none, open_high, open_low.</translation>
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
    <message>
        <source>The department %1 has no items to sell.</source>
        <translation>Die Warengruppe %1 hat keine verkäuflichen Artikel.</translation>
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
    <message>
        <source>Usage: retailos [COMMAND]
  (no command) or ui [--db FILE] [--theme NAME] [--fullscreen|--windowed]
                                        open the lane window
  catalogue init --db FILE              create a replica with the demo tax classes
  catalogue generate --items N --db FILE | --csv FILE
  catalogue import --db FILE [--skip-bad] CSV
  lookup --db FILE CODE...              find items by barcode, PLU or store code
  search --db FILE WORDS                find items by name
  staff add --code C --name N --role R --pin P   add a person who may sign in
  lane --script FILE                    run cashier actions headless, print receipts
  --version</source>
        <translation>Aufruf: retailos [COMMAND]
  (kein Befehl) oder ui [--db FILE] [--theme NAME] [--fullscreen|--windowed]
                                        Kassenfenster öffnen
  catalogue init --db FILE              Replikat mit den Demo-Steuerklassen anlegen
  catalogue generate --items N --db FILE | --csv FILE
  catalogue import --db FILE [--skip-bad] CSV
  lookup --db FILE CODE...              Artikel nach Barcode, PLU oder Filialcode suchen
  search --db FILE WORDS                Artikel nach Namen suchen
  staff add --code C --name N --role R --pin P   Person anlegen, die sich anmelden darf
  lane --script FILE                    Kassiervorgänge ohne Oberfläche ausführen, Bons ausgeben
  --version</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Unknown printer code page “%1”; use CP437, CP850, CP858 or CP1252</source>
        <translation>Unbekannte Codepage „%1“ für den Drucker; verwenden Sie CP437, CP850, CP858 oder CP1252</translation>
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
    <name>CupsTransport</name>
    <message>
        <source>The print service address %1 is not valid.</source>
        <translation>Die Adresse des Druckdienstes %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The print service at %1 is not running or does not answer (%2).</source>
        <translation>Der Druckdienst unter %1 läuft nicht oder antwortet nicht (%2).</translation>
    </message>
    <message>
        <source>The connection to the print service for %1 is closed.</source>
        <translation>Die Verbindung zum Druckdienst für %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>The print queue %1 does not exist (%2).</source>
        <translation>Die Druckwarteschlange %1 existiert nicht (%2).</translation>
    </message>
    <message>
        <source>The print service refused a job for %1: %2</source>
        <translation>Der Druckdienst hat einen Auftrag für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The print service did not take the receipt for %1: %2</source>
        <translation>Der Druckdienst hat den Bon für %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Sending the receipt to %1 failed: %2</source>
        <translation>Das Senden des Bons an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The print service did not accept the receipt for %1: %2</source>
        <translation>Der Druckdienst hat den Bon für %1 nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>Job %1 on %2 was sent, but its state cannot be read (%3); check the printer before printing again.</source>
        <translation>Auftrag %1 auf %2 wurde gesendet, sein Zustand ist aber nicht lesbar (%3); prüfen Sie den Drucker, bevor Sie erneut drucken.</translation>
    </message>
    <message>
        <source>Job %1 on %2 was %3: %4</source>
        <translation>Auftrag %1 auf %2 wurde %3: %4</translation>
    </message>
    <message>
        <source>Job %1 on %2 is still %3 in the print queue (%4); it may still print, check the printer before printing again.</source>
        <translation>Auftrag %1 auf %2 ist noch %3 in der Warteschlange (%4); er kann noch gedruckt werden, prüfen Sie den Drucker, bevor Sie erneut drucken.</translation>
    </message>
    <message>
        <source>%1 cannot answer back.</source>
        <translation>%1 kann nicht antworten.</translation>
    </message>
    <message>
        <source>The print service does not answer for the queue %1: %2</source>
        <translation>Der Druckdienst antwortet für die Warteschlange %1 nicht: %2</translation>
    </message>
    <message>
        <source>The print queue %1 does not accept jobs (%2).</source>
        <translation>Die Druckwarteschlange %1 nimmt keine Aufträge an (%2).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>The customer display does not take data: %1</source>
        <translation>Die Kundenanzeige nimmt keine Daten an: %1</translation>
    </message>
    <message>
        <source>The customer display cannot report its status.</source>
        <translation>Die Kundenanzeige kann ihren Status nicht melden.</translation>
    </message>
    <message>
        <source>The customer display</source>
        <translation>Die Kundenanzeige</translation>
    </message>
    <message>
        <source>The customer display on %1 is not claimed.</source>
        <translation>Die Kundenanzeige an %1 ist nicht für dieses Programm reserviert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer display protocol; use one of: epson, cd5220.</source>
        <translation>„%1“ ist kein Protokoll für die Kundenanzeige; zulässig sind: epson, cd5220.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer Retail OS (schema %1, this program knows %2). Update the program before using it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Retail OS geschrieben (Schema %1, dieses Programm kennt %2). Aktualisieren Sie das Programm, bevor Sie sie verwenden.</translation>
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
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>DemoShift</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>screenshot %1</source>
        <translation>Bildschirmfoto %1</translation>
    </message>
    <message>
        <source>signing in as 1001</source>
        <translation>Anmeldung als 1001</translation>
    </message>
    <message>
        <source>The demo cashier 1001 (PIN 1234) could not sign in.</source>
        <translation>Die Demo-Anmeldung als 1001 (PIN 1234) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>scanning milk, soap, 3 × milk</source>
        <translation>Scannen: Milch, Seife, 3 × Milch</translation>
    </message>
    <message>
        <source>bananas by PLU, weighed by hand: 0.750 kg</source>
        <translation>Bananen per PLU, von Hand gewogen: 0,750 kg</translation>
    </message>
    <message>
        <source>red wine: age check confirmed</source>
        <translation>Rotwein: Altersprüfung bestätigt</translation>
    </message>
    <message>
        <source>a barcode with a wrong check digit</source>
        <translation>ein Barcode mit falscher Prüfziffer</translation>
    </message>
    <message>
        <source>pay: F12, then 50 in cash</source>
        <translation>Zahlen: F12, dann 50 in bar</translation>
    </message>
    <message>
        <source>The sale did not complete.</source>
        <translation>Der Verkauf wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>lane locked; shift done</source>
        <translation>Kasse gesperrt; Schicht beendet</translation>
    </message>
    <message>
        <source>Cannot write to the simulator&apos;s pipe %1: %2</source>
        <translation>In die Pipe %1 des Simulators kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>scanning milk, soap, 3 × milk with the scanner simulator</source>
        <translation>Scannen mit dem Scanner-Simulator: Milch, Seife, 3 × Milch</translation>
    </message>
    <message>
        <source>bananas by PLU on the scale simulator: 0.750 kg</source>
        <translation>Bananen per PLU auf dem Waagen-Simulator: 0,750 kg</translation>
    </message>
</context>
<context>
    <name>DeviceClaim</name>
    <message>
        <source>%1 on %2 is in use by another program (process %3).</source>
        <translation>%1 an %2 wird von einem anderen Programm benutzt (Prozess %3).</translation>
    </message>
    <message>
        <source>%1 on %2 is in use by another program.</source>
        <translation>%1 an %2 wird von einem anderen Programm benutzt.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DisplaySimulator</name>
    <message>
        <source>A simulated 2x20 customer display on a pseudo terminal. Prints {&quot;pty&quot;:PATH}, then {&quot;line1&quot;:...,&quot;line2&quot;:...} after every change. Stop it with SIGTERM or Ctrl+C.</source>
        <translation>Eine simulierte 2x20-Kundenanzeige an einem Pseudoterminal. Gibt {&quot;pty&quot;:PATH} aus, danach nach jeder Änderung {&quot;line1&quot;:...,&quot;line2&quot;:...}. Beenden mit SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>The command set: epson (ESC/POS customer display) or cd5220.</source>
        <translation>Der Befehlssatz: epson (ESC/POS-Kundenanzeige) oder cd5220.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--protocol must be epson or cd5220.</source>
        <translation>--protocol muss epson oder cd5220 sein.</translation>
    </message>
</context>
<context>
    <name>DrawerSimulator</name>
    <message>
        <source>Unknown command &quot;%1&quot;; use open, close, stuck on or stuck off.</source>
        <translation>Unbekannter Befehl „%1“; verwenden Sie open, close, stuck on oder stuck off.</translation>
    </message>
    <message>
        <source>A simulated cash drawer on a pseudo terminal. Prints {&quot;pty&quot;:PATH}, then a JSON line per kick and per state change. Commands on stdin: open, close, stuck on, stuck off.</source>
        <translation>Eine simulierte Kassenlade an einem Pseudoterminal. Gibt {&quot;pty&quot;:PATH} aus, danach eine JSON-Zeile je Öffnungsimpuls und je Zustandsänderung. Befehle auf stdin: open, close, stuck on, stuck off.</translation>
    </message>
    <message>
        <source>Close by itself this many ms after a kick (default 2000; 0: stay open).</source>
        <translation>So viele ms nach einem Öffnungsimpuls von selbst schließen (Standard 2000; 0: offen bleiben).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Open on a kick but never close by itself.</source>
        <translation>Auf einen Öffnungsimpuls öffnen, aber nie von selbst schließen.</translation>
    </message>
    <message>
        <source>The sensor pin is low while the drawer is open (answers &apos;0&apos; when open).</source>
        <translation>Der Sensor-Pin liegt auf Low, solange die Kassenlade offen ist (antwortet &apos;0&apos;, wenn offen).</translation>
    </message>
    <message>
        <source>--closes-after needs a number of milliseconds, 0 or more.</source>
        <translation>--closes-after braucht eine Anzahl Millisekunden, mindestens 0.</translation>
    </message>
</context>
<context>
    <name>EscPosStatus</name>
    <message>
        <source>The printer answered the status request with 0x%1, which is not ESC/POS status.</source>
        <translation>Der Drucker hat die Statusabfrage mit 0x%1 beantwortet; das ist kein ESC/POS-Status.</translation>
    </message>
</context>
<context>
    <name>FileTransport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot answer back.</source>
        <translation>%1 kann nicht antworten.</translation>
    </message>
</context>
<context>
    <name>HidPosScanner</name>
    <message>
        <source>The USB scanner sent a report this lane cannot read (%1); scan the item again.</source>
        <translation>Der USB-Scanner hat Daten gesendet, die diese Kasse nicht lesen kann (%1); scannen Sie den Artikel erneut.</translation>
    </message>
    <message>
        <source>%1 bytes, at least %2 expected</source>
        <translation>%1 Bytes, mindestens %2 erwartet</translation>
    </message>
    <message>
        <source>%1 data bytes announced, room for %2</source>
        <translation>%1 Datenbytes angekündigt, Platz für %2</translation>
    </message>
    <message>
        <source>no AIM symbology identifier</source>
        <translation>keine AIM-Symbologie-Kennung</translation>
    </message>
    <message>
        <source>parts of two different codes</source>
        <translation>Teile zweier verschiedener Codes</translation>
    </message>
    <message>
        <source>a code longer than %1 bytes</source>
        <translation>ein Code mit mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>The USB scanner %1 is not in HID POS mode (it offers no bar code scanner interface). Scan the &quot;USB HID POS&quot; programming code from its manual, or set it up as a keyboard-wedge scanner.</source>
        <translation>Der USB-Scanner %1 ist nicht im HID-POS-Modus (er bietet keine Barcodescanner-Schnittstelle). Scannen Sie den Programmiercode „USB HID POS“ aus seinem Handbuch oder richten Sie ihn als Keyboard-Wedge-Scanner (Tastaturemulation) ein.</translation>
    </message>
    <message>
        <source>The USB scanner %1 is not open.</source>
        <translation>Der USB-Scanner %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The USB scanner sent only part of a code; scan the item again.</source>
        <translation>Der USB-Scanner hat nur einen Teil eines Codes gesendet; scannen Sie den Artikel erneut.</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Type an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type it like %2.</source>
        <translation>„%1“ ist kein Betrag; geben Sie ihn z. B. als %2 ein.</translation>
    </message>
    <message>
        <source>Type the weight in kg.</source>
        <translation>Geben Sie das Gewicht in kg ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight; type kilograms like %2.</source>
        <translation>„%1“ ist kein Gewicht; geben Sie Kilogramm z. B. als %2 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation>„%1“ ist kein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation>Ein Rabatt muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The lane id &quot;%1&quot; is not valid for the journal (1-64 characters, no surrounding spaces).</source>
        <translation>Die Kassen-ID „%1“ ist für das Journal ungültig (1-64 Zeichen, ohne Leerzeichen am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>The signing key of lane %1 is not the one its journal was started with. Restore the lane&apos;s key file or call support; do not sell on this lane.</source>
        <translation>Der Signaturschlüssel von Kasse %1 ist nicht der, mit dem ihr Journal begonnen wurde. Stellen Sie die Schlüsseldatei der Kasse wieder her oder wenden Sie sich an den Support; verkaufen Sie an dieser Kasse nicht weiter.</translation>
    </message>
    <message>
        <source>A %1 record cannot change the grand total.</source>
        <translation>Ein Datensatz vom Typ %1 kann die Gesamtsumme nicht ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal record type.</source>
        <translation>„%1“ ist kein Datensatztyp des Journals.</translation>
    </message>
    <message>
        <source>The grand total of lane %1 would overflow; call support.</source>
        <translation>Die Gesamtsumme von Kasse %1 würde überlaufen; wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Lane %1 has no journal key registered.</source>
        <translation>Für Kasse %1 ist kein Journalschlüssel registriert.</translation>
    </message>
    <message>
        <source>The journal key registered for lane %1 is damaged.</source>
        <translation>Der für Kasse %1 registrierte Journalschlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>the record in the place of #%1 is record #%2 of lane %3, not of lane %4 (spliced in)</source>
        <translation>der Datensatz an der Stelle von #%1 ist Datensatz #%2 von Kasse %3, nicht von Kasse %4 (eingeschleust)</translation>
    </message>
    <message>
        <source>a hash or the signature has the wrong length (damaged)</source>
        <translation>ein Hash oder die Signatur hat die falsche Länge (beschädigt)</translation>
    </message>
    <message>
        <source>its contents do not match its hash (the record was edited)</source>
        <translation>der Inhalt passt nicht zu seinem Hash (der Datensatz wurde bearbeitet)</translation>
    </message>
    <message>
        <source>the first record does not start the chain (records before it were cut off or it comes from elsewhere)</source>
        <translation>der erste Datensatz ist nicht der Anfang der Kette (vorherige Datensätze wurden abgeschnitten oder er stammt von anderswo)</translation>
    </message>
    <message>
        <source>it does not chain to record #%1 (spliced in or reordered)</source>
        <translation>er ist nicht mit Datensatz #%1 verkettet (eingeschleust oder umsortiert)</translation>
    </message>
    <message>
        <source>the grand total %1 is not the previous total %2 plus the amount %3</source>
        <translation>die Gesamtsumme %1 ist nicht die vorherige Summe %2 plus der Betrag %3</translation>
    </message>
    <message>
        <source>the signature does not match the lane key (re-hashed after an edit, or signed with another key)</source>
        <translation>die Signatur passt nicht zum Kassenschlüssel (nach einer Bearbeitung neu gehasht oder mit einem anderen Schlüssel signiert)</translation>
    </message>
    <message>
        <source>its hash %1 is not the %2 recorded for it elsewhere (history rewritten)</source>
        <translation>sein Hash %1 ist nicht der anderswo dafür erfasste Wert %2 (Verlauf umgeschrieben)</translation>
    </message>
    <message>
        <source>the journal ends at record #%1 but record #%2 is known to exist (truncated)</source>
        <translation>das Journal endet bei Datensatz #%1, aber Datensatz #%2 existiert nachweislich (gekürzt)</translation>
    </message>
    <message>
        <source>record #1 is missing: the journal starts at #%1 (its start was cut off)</source>
        <translation>Datensatz #1 fehlt: Das Journal beginnt bei #%1 (der Anfang wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>record #%1 is missing: #%2 follows #%3 (deleted)</source>
        <translation>Datensatz #%1 fehlt: #%2 folgt auf #%3 (gelöscht)</translation>
    </message>
    <message>
        <source>record #%1 appears again where #%2 was expected (duplicated or reordered)</source>
        <translation>Datensatz #%1 kommt erneut vor, wo #%2 erwartet wurde (dupliziert oder umsortiert)</translation>
    </message>
    <message>
        <source>OK: 0 records</source>
        <translation>OK: 0 Datensätze</translation>
    </message>
    <message>
        <source>OK: %1 records, last #%2 hash %3, grand total %4</source>
        <translation>OK: %1 Datensätze, letzter #%2, Hash %3, Gesamtsumme %4</translation>
    </message>
    <message>
        <source>FAILED before record #1: %1</source>
        <translation>FEHLER vor Datensatz #1: %1</translation>
    </message>
    <message>
        <source>FAILED at record #%1: %2</source>
        <translation>FEHLER bei Datensatz #%1: %2</translation>
    </message>
    <message>
        <source>The journal export could not be written: %1.</source>
        <translation>Der Journalexport konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>the file is not a Retail OS journal export</source>
        <translation>die Datei ist kein Journalexport von Retail OS</translation>
    </message>
    <message>
        <source>the export has format version %1; this verifier reads version %2</source>
        <translation>der Export hat die Formatversion %1; diese Prüfung liest Version %2</translation>
    </message>
    <message>
        <source>the export header has no lane id or public key</source>
        <translation>im Kopf des Exports fehlt die Kassen-ID oder der öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>the export was made with key %1, not the lane&apos;s key %2</source>
        <translation>der Export wurde mit dem Schlüssel %1 erstellt, nicht mit dem Kassenschlüssel %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object (damaged or cut off)</source>
        <translation>Zeile %1 ist kein JSON-Objekt (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>line %1: the field &quot;%2&quot; is missing or not valid</source>
        <translation>Zeile %1: Das Feld „%2“ fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>record #%1 is out of order: #%2 comes before it (reordered)</source>
        <translation>Datensatz #%1 steht an falscher Stelle: #%2 steht davor (umsortiert)</translation>
    </message>
    <message>
        <source>unknown cryptographic error</source>
        <translation>unbekannter kryptografischer Fehler</translation>
    </message>
    <message>
        <source>A lane public key has 32 bytes, this one has %1.</source>
        <translation>Ein öffentlicher Kassenschlüssel hat 32 Bytes, dieser hat %1.</translation>
    </message>
    <message>
        <source>The lane public key is not valid: %1.</source>
        <translation>Der öffentliche Kassenschlüssel ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The lane public key is not valid base64.</source>
        <translation>Der öffentliche Kassenschlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The lane key is not an Ed25519 key.</source>
        <translation>Der Kassenschlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The lane key&apos;s public half cannot be read: %1.</source>
        <translation>Der öffentliche Teil des Kassenschlüssels kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>A new lane signing key could not be created: %1.</source>
        <translation>Es konnte kein neuer Signaturschlüssel für die Kasse erzeugt werden: %1.</translation>
    </message>
    <message>
        <source>The lane signing key is damaged or not a private key: %1.</source>
        <translation>Der Signaturschlüssel der Kasse ist beschädigt oder kein privater Schlüssel: %1.</translation>
    </message>
    <message>
        <source>The lane signing key %1 does not exist.</source>
        <translation>Der Signaturschlüssel %1 der Kasse existiert nicht.</translation>
    </message>
    <message>
        <source>The lane signing key %1 can be used by other users. Make it readable by its owner only (chmod 600) and call support: the key may have been copied.</source>
        <translation>Der Signaturschlüssel %1 der Kasse ist für andere Benutzer zugänglich. Machen Sie ihn nur für den Eigentümer lesbar (chmod 600) und wenden Sie sich an den Support: Der Schlüssel wurde möglicherweise kopiert.</translation>
    </message>
    <message>
        <source>The lane signing key %1 cannot be read: %2.</source>
        <translation>Der Signaturschlüssel %1 der Kasse kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The lane signing key %1 already exists; it is never replaced.</source>
        <translation>Der Signaturschlüssel %1 der Kasse existiert bereits; er wird nie ersetzt.</translation>
    </message>
    <message>
        <source>The lane signing key could not be encoded: %1.</source>
        <translation>Der Signaturschlüssel der Kasse konnte nicht kodiert werden: %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The lane signing key %1 cannot be written: %2.</source>
        <translation>Der Signaturschlüssel %1 der Kasse kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The lane signing key %1 cannot be made private: %2.</source>
        <translation>Der Signaturschlüssel %1 der Kasse kann nicht vor fremdem Zugriff geschützt werden: %2.</translation>
    </message>
    <message>
        <source>The lane signing key %1 could not be restricted to its owner.</source>
        <translation>Der Zugriff auf den Signaturschlüssel %1 der Kasse konnte nicht auf den Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>The journal record could not be signed: %1.</source>
        <translation>Der Journal-Datensatz konnte nicht signiert werden: %1.</translation>
    </message>
    <message>
        <source>Verifies a Retail OS lane journal: numbering, hash chain, grand totals and signatures. Names the first bad record.</source>
        <translation>Prüft ein Kassenjournal von Retail OS: Nummerierung, Hash-Kette, Gesamtsummen und Signaturen. Nennt den ersten fehlerhaften Datensatz.</translation>
    </message>
    <message>
        <source>The lane database to verify.</source>
        <translation>Die zu prüfende Kassendatenbank.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The lane whose journal to verify (with --db).</source>
        <translation>Die Kasse, deren Journal geprüft wird (mit --db).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A journal export (JSON lines); - for stdin.</source>
        <translation>Ein Journalexport (JSON-Zeilen); - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The lane&apos;s public key (base64), from the server or the lane&apos;s registration. Without it the key in the database or export is used, which proves consistency but not origin.</source>
        <translation>Der öffentliche Schlüssel der Kasse (Base64), vom Server oder aus der Registrierung der Kasse. Ohne ihn wird der Schlüssel aus der Datenbank oder dem Export verwendet; das beweist die Stimmigkeit, aber nicht die Herkunft.</translation>
    </message>
    <message>
        <source>BASE64</source>
        <translation>BASE64</translation>
    </message>
    <message>
        <source>The last sequence number known from a Z report or the server: detects a truncated journal.</source>
        <translation>Die letzte aus einem Z-Bericht oder vom Server bekannte Laufnummer: erkennt ein gekürztes Journal.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The hash (hex) of record --expect-last as recorded elsewhere.</source>
        <translation>Der anderswo erfasste Hash (hex) des Datensatzes --expect-last.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Give either --db FILE --lane ID, or --export FILE.</source>
        <translation>Geben Sie entweder --db DATEI --lane ID oder --export DATEI an.</translation>
    </message>
    <message>
        <source>--expect-last needs a sequence number of 1 or more.</source>
        <translation>--expect-last braucht eine Laufnummer ab 1.</translation>
    </message>
    <message>
        <source>--expect-hash needs --expect-last and 64 hex digits.</source>
        <translation>--expect-hash braucht --expect-last und 64 Hex-Ziffern.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Note: checked with the key stored alongside the journal (%1); give --key to prove the lane signed it.</source>
        <translation>Hinweis: geprüft mit dem beim Journal gespeicherten Schlüssel (%1); geben Sie --key an, um zu beweisen, dass die Kasse signiert hat.</translation>
    </message>
    <message>
        <source>Note: records cut off the end cannot be seen in the chain; compare the last record with the Z report or the server, or give --expect-last.</source>
        <translation>Hinweis: Am Ende abgeschnittene Datensätze sind in der Kette nicht zu sehen; vergleichen Sie den letzten Datensatz mit dem Z-Bericht oder dem Server, oder geben Sie --expect-last an.</translation>
    </message>
</context>
<context>
    <name>LaneApp</name>
    <message>
        <source>The lane database file.</source>
        <translation>Die Datenbankdatei der Kasse.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>default or high-contrast.</source>
        <translation>default oder high-contrast.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fill the screen.</source>
        <translation>Den ganzen Bildschirm füllen.</translation>
    </message>
    <message>
        <source>A normal window.</source>
        <translation>Ein normales Fenster.</translation>
    </message>
    <message>
        <source>Print start-up figures once ready, then exit.</source>
        <translation>Startkennzahlen ausgeben, sobald bereit, dann beenden.</translation>
    </message>
    <message>
        <source>Run a scripted shift, screenshots into DIR.</source>
        <translation>Eine Schicht nach Skript ausführen, Bildschirmfotos in den Ordner.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The demo scans through this simulator pipe.</source>
        <translation>Die Demo scannt über diese Simulator-Pipe.</translation>
    </message>
    <message>
        <source>fifo</source>
        <translation>fifo</translation>
    </message>
    <message>
        <source>The demo weighs through this simulator pipe.</source>
        <translation>Die Demo wiegt über diese Simulator-Pipe.</translation>
    </message>
</context>
<context>
    <name>LaneCli</name>
    <message>
        <source>The lane database file.</source>
        <translation>Die Datenbankdatei der Kasse.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lane id.</source>
        <translation>Kassen-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Script of cashier actions (&apos;-&apos;: stdin).</source>
        <translation>Skript mit Kassiervorgängen (&apos;-&apos;: stdin).</translation>
    </message>
    <message>
        <source>Go on after a failing command.</source>
        <translation>Nach einem fehlgeschlagenen Befehl fortfahren.</translation>
    </message>
    <message>
        <source>Usage: retailos lane --script FILE [--db FILE] [--keep-going]</source>
        <translation>Aufruf: retailos lane --script FILE [--db FILE] [--keep-going]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restored the open basket (%1 lines).</source>
        <translation>Offener Warenkorb wiederhergestellt (%1 Positionen).</translation>
    </message>
    <message>
        <source>What the person types to sign in.</source>
        <translation>Kennung, die die Person zur Anmeldung eingibt.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name shown and printed.</source>
        <translation>Angezeigter und gedruckter Name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>cashier, supervisor, store_manager or administrator.</source>
        <translation>cashier, supervisor, store_manager oder administrator.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Usage: retailos staff add --code C --name N --role R --pin P [--db FILE]</source>
        <translation>Aufruf: retailos staff add --code C --name N --role R --pin P [--db FILE]</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>%1 (%2) als %3 angelegt.</translation>
    </message>
    <message>
        <source>Stop when the lane has this many receipts.</source>
        <translation>Anhalten, wenn die Kasse so viele Bons hat.</translation>
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
        <source>The catalogue is empty.</source>
        <translation>Der Katalog ist leer.</translation>
    </message>
    <message>
        <source>Usage: retailos lane --script FILE | retailos staff add ... | retailos lane-sim</source>
        <translation>Aufruf: retailos lane --script FILE | retailos staff add ... | retailos lane-sim</translation>
    </message>
    <message>
        <source>Confirms the database is a test one: the simulator adds a test supervisor and sells random baskets into it.</source>
        <translation>Bestätigt, dass die Datenbank eine Testdatenbank ist: Der Simulator legt darin eine Test-Kassenaufsicht an und verkauft zufällige Warenkörbe.</translation>
    </message>
    <message>
        <source>lane-sim writes test staff and random sales; give --simulation to confirm the database is a test one.</source>
        <translation>lane-sim schreibt Testpersonal und zufällige Verkäufe; geben Sie --simulation an, um zu bestätigen, dass die Datenbank eine Testdatenbank ist.</translation>
    </message>
</context>
<context>
    <name>LaneDevices</name>
    <message>
        <source>Printer: checking…</source>
        <translation>Drucker: wird geprüft…</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Drucker bereit</translation>
    </message>
    <message>
        <source>Printer (no status)</source>
        <translation>Drucker (ohne Status)</translation>
    </message>
    <message>
        <source>Printer: paper low</source>
        <translation>Drucker: Papier fast leer</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <source>Drawer open</source>
        <translation>Kassenlade offen</translation>
    </message>
    <message>
        <source>Drawer open for %1 s</source>
        <translation>Kassenlade seit %1 s offen</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <source>The scale shows no weight (a zero error): empty it and zero it.</source>
        <translation>Die Waage zeigt kein Gewicht an (Nullpunktfehler): Bitte Waage leeren und auf null stellen.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation>Kundenanzeige: %1</translation>
    </message>
    <message>
        <source>Printer unplugged (USB %1)</source>
        <translation>Drucker getrennt (USB %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Devices ready</source>
        <translation>Geräte bereit</translation>
    </message>
    <message>
        <source>Drawer state unknown: %1</source>
        <translation>Kassenlade: Zustand unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>LaneScript</name>
    <message>
        <source>Wrong arguments for &quot;%1&quot;.</source>
        <translation>Falsche Argumente für „%1“.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>+ %1  %2</source>
        <translation>+ %1  %2</translation>
    </message>
    <message>
        <source>Total %1, due %2</source>
        <translation>Summe %1, offen %2</translation>
    </message>
    <message>
        <source>Expected a total of %1, the lane shows %2.</source>
        <translation>Erwartet wurde die Summe %1, die Kasse zeigt %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>Parked sale %1</source>
        <translation>Verkauf %1 geparkt</translation>
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
    <name>Permission</name>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Void a line</source>
        <translation>Position stornieren</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Override a price</source>
        <translation>Preis überschreiben</translation>
    </message>
    <message>
        <source>Give a discount over the limit</source>
        <translation>Rabatt über dem Limit gewähren</translation>
    </message>
    <message>
        <source>Override an age check</source>
        <translation>Altersprüfung übergehen</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Kassenlade ohne Verkauf öffnen</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Bon erneut drucken</translation>
    </message>
    <message>
        <source>Open and close a till</source>
        <translation>Kasse öffnen und schließen</translation>
    </message>
    <message>
        <source>Pay cash in or out</source>
        <translation>Bargeld einlegen oder entnehmen</translation>
    </message>
    <message>
        <source>Print an X report</source>
        <translation>X-Bericht drucken</translation>
    </message>
    <message>
        <source>Print a Z report</source>
        <translation>Z-Bericht drucken</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>Personal verwalten</translation>
    </message>
    <message>
        <source>Configure devices</source>
        <translation>Geräte konfigurieren</translation>
    </message>
</context>
<context>
    <name>Permission action</name>
    <message>
        <source>sell</source>
        <translation>zu verkaufen</translation>
    </message>
    <message>
        <source>void a line</source>
        <translation>eine Position zu stornieren</translation>
    </message>
    <message>
        <source>void a sale</source>
        <translation>einen Verkauf zu stornieren</translation>
    </message>
    <message>
        <source>override a price</source>
        <translation>einen Preis zu überschreiben</translation>
    </message>
    <message>
        <source>give a discount over the limit</source>
        <translation>einen Rabatt über dem Limit zu gewähren</translation>
    </message>
    <message>
        <source>override an age check</source>
        <translation>eine Altersprüfung zu übergehen</translation>
    </message>
    <message>
        <source>open the drawer without a sale</source>
        <translation>die Kassenlade ohne Verkauf zu öffnen</translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation>einen Bon erneut zu drucken</translation>
    </message>
    <message>
        <source>open or close a till</source>
        <translation>eine Kasse zu öffnen oder zu schließen</translation>
    </message>
    <message>
        <source>pay cash in or out</source>
        <translation>Bargeld einzulegen oder zu entnehmen</translation>
    </message>
    <message>
        <source>print an X report</source>
        <translation>einen X-Bericht zu drucken</translation>
    </message>
    <message>
        <source>print a Z report</source>
        <translation>einen Z-Bericht zu drucken</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>den Bestand zu korrigieren</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>das Personal zu verwalten</translation>
    </message>
    <message>
        <source>configure devices</source>
        <translation>Geräte zu konfigurieren</translation>
    </message>
</context>
<context>
    <name>PrinterDeviceText</name>
    <message>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>Abdeckung offen</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>Papier fast leer</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>kein Papier</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The printer is %1; nothing was printed.</source>
        <translation>Drucker: %1 – es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>The receipt may be incomplete: %1</source>
        <translation>Der Bon ist möglicherweise unvollständig: %1</translation>
    </message>
    <message>
        <source>The printer stopped answering; check the receipt and print a copy if it is incomplete.</source>
        <translation>Der Drucker antwortet nicht mehr; prüfen Sie den Bon und drucken Sie eine Kopie, falls er unvollständig ist.</translation>
    </message>
    <message>
        <source>The printer became %1 during the receipt; check it and print a copy if the receipt is incomplete.</source>
        <translation>Während des Bondrucks meldete der Drucker: %1. Prüfen Sie ihn und drucken Sie eine Kopie, falls der Bon unvollständig ist.</translation>
    </message>
    <message>
        <source>This printer cannot report its status.</source>
        <translation>Dieser Drucker kann seinen Status nicht melden.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not claimed.</source>
        <translation>Der Drucker „%1“ ist nicht für dieses Programm reserviert.</translation>
    </message>
    <message>
        <source>The printer</source>
        <translation>Der Drucker</translation>
    </message>
</context>
<context>
    <name>PrinterKickDrawer</name>
    <message>
        <source>The drawer pin must be 2 or 5, not %1.</source>
        <translation>Der Pin der Kassenlade muss 2 oder 5 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The drawer pulse times must be between 2 and 510 ms (on %1 ms, off %2 ms).</source>
        <translation>Die Impulszeiten der Kassenlade müssen zwischen 2 und 510 ms liegen (ein %1 ms, aus %2 ms).</translation>
    </message>
    <message>
        <source>The drawer did not open: its printer is gone.</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: Der zugehörige Drucker ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>The drawer&apos;s printer is gone.</source>
        <translation>Der Drucker der Kassenlade ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The drawer did not open: the printer is %1, and many printers hold the drawer signal until they are ready again. Use the drawer key meanwhile.</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: Der Drucker meldet „%1“, und viele Drucker halten das Signal für die Kassenlade zurück, bis sie wieder bereit sind. Öffnen Sie die Kassenlade bis dahin mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>The drawer did not open: the printer did not take the signal (%1).</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: Der Drucker hat das Signal nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>The printer cannot report the drawer sensor.</source>
        <translation>Der Drucker kann den Sensorzustand der Kassenlade nicht melden.</translation>
    </message>
</context>
<context>
    <name>PrinterSimulator</name>
    <message>
        <source>A simulated ESC/POS receipt printer on 127.0.0.1. Prints {&quot;listening&quot;:PORT} on stdout, then one JSON line per receipt, drawer kick and status request. Stop it with SIGTERM or Ctrl+C.</source>
        <translation>Ein simulierter ESC/POS-Bondrucker auf 127.0.0.1. Gibt {&quot;listening&quot;:PORT} auf stdout aus, danach eine JSON-Zeile je Bon, Öffnen der Kassenlade und Statusabfrage. Beenden mit SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (default 9100; 0 picks a free one).</source>
        <translation>TCP-Port auf 127.0.0.1 (Standard 9100; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Folder for the printed receipts (001.txt, 001.png, ...).</source>
        <translation>Ordner für die gedruckten Bons (001.txt, 001.png, ...).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Start out of paper.</source>
        <translation>Ohne Papier starten.</translation>
    </message>
    <message>
        <source>Start with the paper near its end.</source>
        <translation>Mit fast leerer Papierrolle starten.</translation>
    </message>
    <message>
        <source>Start with the cover open.</source>
        <translation>Mit offener Abdeckung starten.</translation>
    </message>
    <message>
        <source>Start offline.</source>
        <translation>Offline starten.</translation>
    </message>
    <message>
        <source>Read at most this many bytes a second.</source>
        <translation>Höchstens so viele Bytes pro Sekunde lesen.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Drop the first connection after this many bytes.</source>
        <translation>Die erste Verbindung nach so vielen Bytes trennen.</translation>
    </message>
    <message>
        <source>Also take bytes from a pseudo terminal, as a serial printer; its path is printed as {&quot;pty&quot;:PATH}.</source>
        <translation>Auch Bytes von einem Pseudoterminal annehmen, wie ein serieller Drucker; dessen Pfad wird als {&quot;pty&quot;:PATH} ausgegeben.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port braucht eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--slow needs a number of bytes per second, 1 or more.</source>
        <translation>--slow braucht eine Anzahl Bytes pro Sekunde, mindestens 1.</translation>
    </message>
    <message>
        <source>--drop-after needs a number of bytes.</source>
        <translation>--drop-after braucht eine Anzahl Bytes.</translation>
    </message>
    <message>
        <source>receipt %1 cut</source>
        <translation>Bon %1 abgeschnitten</translation>
    </message>
    <message>
        <source>drawer kick on pin %1</source>
        <translation>Kassenlade an Pin %1 geöffnet</translation>
    </message>
    <message>
        <source>status request %1</source>
        <translation>Statusabfrage %1</translation>
    </message>
    <message>
        <source>automatic status back %1</source>
        <translation>automatische Statusrückmeldung %1</translation>
    </message>
    <message>
        <source>unknown command at byte %1: %2</source>
        <translation>unbekannter Befehl bei Byte %1: %2</translation>
    </message>
    <message>
        <source>command ignored at byte %1: %2</source>
        <translation>Befehl bei Byte %1 ignoriert: %2</translation>
    </message>
    <message>
        <source>parameter out of range at byte %1: %2</source>
        <translation>Parameter außerhalb des gültigen Bereichs bei Byte %1: %2</translation>
    </message>
    <message>
        <source>command cut off by the end of the data at byte %1: %2</source>
        <translation>Befehl durch das Datenende bei Byte %1 abgeschnitten: %2</translation>
    </message>
    <message>
        <source>The printer simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Der Druckersimulator kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for printed receipts</source>
        <translation>Der Ordner %1 für gedruckte Bons kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No image for receipt %1: the simulator runs without a QGuiApplication</source>
        <translation>Kein Bild für Bon %1: Der Simulator läuft ohne QGuiApplication</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Code 128 data must start with a code set ({A, {B or {C) and hold only characters of it</source>
        <translation>Code-128-Daten müssen mit einem Zeichensatz ({A, {B oder {C) beginnen und dürfen nur Zeichen daraus enthalten</translation>
    </message>
    <message>
        <source>This barcode takes %1 or %2 digits</source>
        <translation>Dieser Barcode hat %1 oder %2 Ziffern</translation>
    </message>
    <message>
        <source>The simulator does not draw %1 barcodes</source>
        <translation>Der Simulator zeichnet keine %1-Barcodes</translation>
    </message>
    <message>
        <source>%1 bytes do not fit a QR code at error correction %2</source>
        <translation>%1 Bytes passen nicht in einen QR-Code mit Fehlerkorrektur %2</translation>
    </message>
    <message>
        <source>The drawer on the kick port closes by itself this many ms after a kick (default: it stays open).</source>
        <translation>Die Kassenlade am Kassenladen-Anschluss schließt sich so viele ms nach einem Öffnungsimpuls von selbst (Standard: sie bleibt offen).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>The drawer opens on a kick but never closes by itself.</source>
        <translation>Die Kassenlade öffnet sich auf einen Öffnungsimpuls, schließt sich aber nie von selbst.</translation>
    </message>
    <message>
        <source>--drawer-closes-after needs a number of milliseconds, 1 or more.</source>
        <translation>--drawer-closes-after braucht eine Anzahl Millisekunden, mindestens 1.</translation>
    </message>
</context>
<context>
    <name>PtyPort</name>
    <message>
        <source>The simulator cannot open a pseudo terminal (%1): %2</source>
        <translation>Der Simulator kann kein Pseudoterminal öffnen (%1): %2</translation>
    </message>
</context>
<context>
    <name>RasterImage</name>
    <message>
        <source>The receipt logo “%1” does not exist; check devices.printer.logo</source>
        <translation>Das Bonlogo „%1“ existiert nicht; prüfen Sie devices.printer.logo</translation>
    </message>
    <message>
        <source>The receipt logo “%1” is %2×%3 pixels; at most %4×%4 is printed</source>
        <translation>Das Bonlogo „%1“ hat %2×%3 Pixel; gedruckt werden höchstens %4×%4</translation>
    </message>
    <message>
        <source>The receipt logo “%1” is not an image that can be read (%2); use a PNG</source>
        <translation>Das Bonlogo „%1“ ist kein lesbares Bild (%2); verwenden Sie ein PNG</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Shelf price differs</source>
        <translation>Regalpreis weicht ab</translation>
    </message>
    <message>
        <source>Price match</source>
        <translation>Preisangleichung</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Ware beschädigt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Customer goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Staff discount</source>
        <translation>Personalrabatt</translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation>Versehentlich gescannt</translation>
    </message>
    <message>
        <source>Customer does not want it</source>
        <translation>Kunde möchte es nicht</translation>
    </message>
    <message>
        <source>Age check failed</source>
        <translation>Altersprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Customer left</source>
        <translation>Kunde gegangen</translation>
    </message>
    <message>
        <source>Customer cannot pay</source>
        <translation>Kunde kann nicht zahlen</translation>
    </message>
    <message>
        <source>Cashier error</source>
        <translation>Bedienfehler</translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation>Geldwechsel für Kunden</translation>
    </message>
    <message>
        <source>Till check</source>
        <translation>Kassenprüfung</translation>
    </message>
    <message>
        <source>Customer pays another way</source>
        <translation>Kunde zahlt anders</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you for shopping with us!</source>
        <translation>Vielen Dank für Ihren Einkauf!</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card %1 (auth %2)</source>
        <translation>Karte %1 (Gen.-Nr. %2)</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Geschenkkarte %1</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer/in</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 kg × %2/kg</source>
        <translation>%1 kg × %2/kg</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Price changed from %1</source>
        <translation>Preis geändert, alt %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>You save</source>
        <translation>Sie sparen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation>SUMME %1</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** KOPIE ***</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>STORNO</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>net %1 tax %2</source>
        <translation>netto %1 MwSt %2</translation>
    </message>
    <message>
        <source>Journal %1</source>
        <translation>Journal %1</translation>
    </message>
</context>
<context>
    <name>ReceiptExport</name>
    <message>
        <source>The receipts folder %1 cannot be created.</source>
        <translation>Der Bon-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2</source>
        <translation>Der Bon konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>The receipt could not be drawn as a PDF.</source>
        <translation>Der Bon konnte nicht als PDF erstellt werden.</translation>
    </message>
</context>
<context>
    <name>RetailosAdmin</name>
    <message>
        <source>the server answered HTTP %1 without the protocol&apos;s error body</source>
        <translation>der Server hat mit HTTP %1 geantwortet, aber ohne die im Protokoll vorgesehene Fehlerangabe</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>line %1, %2: </source>
        <translation>Zeile %1, %2: </translation>
    </message>
    <message>
        <source>error: %1%2 (%3, HTTP %4</source>
        <translation>Fehler: %1%2 (%3, HTTP %4</translation>
    </message>
    <message>
        <source>, request %1</source>
        <translation>, Anfrage %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1
Give the CA that signed it with --ca-file, and use the host name the certificate names in --server. Nothing was sent.</source>
        <translation>das Zertifikat des Servers ist nicht vertrauenswürdig: %1
Geben Sie mit --ca-file die Zertifizierungsstelle (CA) an, die es signiert hat, und verwenden Sie in --server den Hostnamen, auf den das Zertifikat ausgestellt ist. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate key does not match --pin: %1
Either the server&apos;s key was replaced (ask its operator for the new pin) or this is not your server. Nothing was sent.</source>
        <translation>der Schlüssel im Zertifikat des Servers passt nicht zu --pin: %1
Entweder wurde der Schlüssel des Servers ausgetauscht (fragen Sie den Betreiber des Servers nach dem neuen Pin), oder dies ist nicht Ihr Server. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>cannot reach the server: %1
Check --server (host and port) and the network.</source>
        <translation>der Server ist nicht erreichbar: %1
Prüfen Sie --server (Host und Port) und das Netzwerk.</translation>
    </message>
    <message>
        <source>the server did not answer in time: %1
A write may or may not have been applied; running the same command again is safe.</source>
        <translation>der Server hat nicht rechtzeitig geantwortet: %1
Ein Schreibvorgang wurde möglicherweise schon ausgeführt, möglicherweise nicht; derselbe Befehl kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>the server answered with a redirect, which is never followed: %1
Put the server&apos;s real address in --server.</source>
        <translation>der Server hat mit einer Weiterleitung geantwortet; Weiterleitungen werden nie befolgt: %1
Geben Sie in --server die tatsächliche Adresse des Servers an.</translation>
    </message>
    <message>
        <source>the server&apos;s answer was too large: %1</source>
        <translation>die Antwort des Servers war zu groß: %1</translation>
    </message>
    <message>
        <source>cannot use these settings: %1</source>
        <translation>diese Einstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer was broken: %1</source>
        <translation>die Antwort des Servers war fehlerhaft: %1</translation>
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
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>clock offset</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>acked</source>
        <translation>Bestätigt bis</translation>
    </message>
    <message>
        <source>outbox head</source>
        <translation>Outbox-Stand</translation>
    </message>
    <message>
        <source>unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>(no terminals)</source>
        <translation>(keine Terminals)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone „%1“; verwenden Sie einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as &quot;2026-12-01 06:00&quot;</source>
        <translation>„%1“ ist keine Angabe von Datum und Uhrzeit wie „2026-12-01 06:00“</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row.</source>
        <translation>Die Datei ist leer; erwartet wurde eine Kopfzeile.</translation>
    </message>
    <message>
        <source>the price must end after it starts (now)</source>
        <translation>der Preis muss nach seinem Beginn (jetzt) enden</translation>
    </message>
    <message>
        <source>--until must be after --from</source>
        <translation>--until muss nach --from liegen</translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot;; the columns are sku, price, currency.</source>
        <translation>Zeile 1: Unbekannte Spalte „%1“; die Spalten heißen sku, price, currency.</translation>
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
        <source>bad price &quot;%1&quot;: %2</source>
        <translation>ungültiger Preis „%1“: %2</translation>
    </message>
    <message>
        <source>the price must not be negative</source>
        <translation>der Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the SKU %1 already appears on line %2</source>
        <translation>die SKU %1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>%1 must be 1 to 64 characters without leading or trailing spaces, not &quot;%2&quot;</source>
        <translation>%1 muss 1 bis 64 Zeichen lang sein, ohne Leerzeichen am Anfang oder Ende, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day such as 2026-11-21</source>
        <translation>„%1“ ist kein Datum wie 2026-11-21</translation>
    </message>
    <message>
        <source>received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>Lfd. Nr.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation> (dieses)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Server address, https://host:port (or RETAILOS_ADMIN_SERVER).</source>
        <translation>Serveradresse, https://host:port (oder RETAILOS_ADMIN_SERVER).</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate (or RETAILOS_ADMIN_CA_FILE); default: the system&apos;s.</source>
        <translation>PEM-Datei der CA, die das Zertifikat des Servers signiert hat (oder RETAILOS_ADMIN_CA_FILE); Standard: die CAs des Systems.</translation>
    </message>
    <message>
        <source>base64 SHA-256 of the server&apos;s public key; may be repeated.</source>
        <translation>SHA-256 des öffentlichen Schlüssels des Servers, Base64-kodiert; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>File holding the admin token rta1.… (or RETAILOS_ADMIN_TOKEN).</source>
        <translation>Datei mit dem Admin-Token rta1.… (oder RETAILOS_ADMIN_TOKEN).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>retailos-admin: </source>
        <translation>retailos-admin: </translation>
    </message>
    <message>
        <source>no server: give --server https://host:port or set RETAILOS_ADMIN_SERVER.</source>
        <translation>kein Server angegeben: Geben Sie --server https://host:port an oder setzen Sie RETAILOS_ADMIN_SERVER.</translation>
    </message>
    <message>
        <source>the server address must start with https:// (the admin API is only served over TLS).</source>
        <translation>die Serveradresse muss mit https:// beginnen (die Admin-API ist nur über TLS erreichbar).</translation>
    </message>
    <message>
        <source>cannot read the CA file %1.</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>retailos-admin: warning: %1 can be read by other users; chmod 600 it.</source>
        <translation>retailos-admin: Warnung: %1 ist für andere Benutzer lesbar; schützen Sie die Datei mit chmod 600.</translation>
    </message>
    <message>
        <source>no admin token: give --token-file FILE or set RETAILOS_ADMIN_TOKEN.</source>
        <translation>kein Admin-Token: Geben Sie --token-file FILE an oder setzen Sie RETAILOS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>the admin token is not of the form rta1.&lt;id&gt;.&lt;secret&gt;; make one with `retailos-server admin-token create`.</source>
        <translation>das Admin-Token hat nicht die Form rta1.&lt;id&gt;.&lt;secret&gt;; erzeugen Sie eines mit `retailos-server admin-token create`.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>Store %1 created (%2, %3).</source>
        <translation>Filiale %1 angelegt (%2, %3).</translation>
    </message>
    <message>
        <source>Store %1 unchanged: it already exists with these settings.</source>
        <translation>Filiale %1 unverändert: Sie besteht bereits mit diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Requests 1 to %1 of %2 were written (%3 records written, %4 unchanged); request %5 and the ones after it were not. Fix the problem and run the same command again: what is already on the server is left unchanged.</source>
        <translation>Die Anfragen 1 bis %1 von %2 wurden geschrieben (%3 Datensätze geschrieben, %4 unverändert), Anfrage %5 und die folgenden nicht. Beheben Sie das Problem und führen Sie denselben Befehl erneut aus: Was bereits auf dem Server ist, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>request %1 of %2 sent (%3 %4)</source>
        <translation>Anfrage %1 von %2 gesendet (%3 %4)</translation>
    </message>
    <message>
        <source>… and more; %1 bad rows in all.</source>
        <translation>… und weitere; insgesamt %1 fehlerhafte Zeilen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are bad; nothing was sent. Fix them or use --skip-bad-rows.</source>
        <translation>%1 von %2 Zeilen sind fehlerhaft; es wurde nichts gesendet. Korrigieren Sie sie oder verwenden Sie --skip-bad-rows.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 rows read, %2 bad: would send %3 departments, %4 products and %5 prices in %6 requests.</source>
        <translation>%1 Zeilen gelesen, %2 fehlerhaft: Es würden %3 Warengruppen, %4 Artikel und %5 Preise in %6 Anfragen gesendet.</translation>
    </message>
    <message>
        <source>Sent %1 departments, %2 products and %3 prices from %4 rows (%5 bad rows skipped).</source>
        <translation>%1 Warengruppen, %2 Artikel und %3 Preise aus %4 Zeilen gesendet (%5 fehlerhafte Zeilen übersprungen).</translation>
    </message>
    <message>
        <source>Written: %1, unchanged: %2.</source>
        <translation>Geschrieben: %1, unverändert: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>--from is required, e.g. --from &quot;2026-12-01 06:00&quot;.</source>
        <translation>--from ist erforderlich, z. B. --from &quot;2026-12-01 06:00&quot;.</translation>
    </message>
    <message>
        <source>every store (chain price)</source>
        <translation>alle Filialen (kettenweiter Preis)</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>Filiale %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>Would schedule %1 prices for %2 %3.</source>
        <translation>Es würden %1 Preise für %2 %3 geplant.</translation>
    </message>
    <message>
        <source>Scheduled %1 prices for %2 %3.</source>
        <translation>%1 Preise für %2 %3 geplant.</translation>
    </message>
    <message>
        <source>--from is required: the start of the scheduled price to cancel.</source>
        <translation>--from ist erforderlich: der Beginn des geplanten Preises, der aufgehoben werden soll.</translation>
    </message>
    <message>
        <source>Cancelled the price of %1 %2 starting %3.</source>
        <translation>Geplanter Preis für %1 %2 ab %3 aufgehoben.</translation>
    </message>
    <message>
        <source>(chain)</source>
        <translation>(kettenweit)</translation>
    </message>
    <message>
        <source>at store %1</source>
        <translation>in Filiale %1</translation>
    </message>
    <message>
        <source>No scheduled price of %1 %2 starts at %3; nothing was cancelled. Check --from, --time-zone and --store.</source>
        <translation>Für %1 %2 gibt es keinen geplanten Preis ab %3; es wurde nichts aufgehoben. Prüfen Sie --from, --time-zone und --store.</translation>
    </message>
    <message>
        <source>  terminal:        %1</source>
        <translation>  Terminal:           %1</translation>
    </message>
    <message>
        <source>  enrolment code:  %1</source>
        <translation>  Registrierungscode: %1</translation>
    </message>
    <message>
        <source>  valid until:     %1</source>
        <translation>  Gültig bis:         %1</translation>
    </message>
    <message>
        <source>The code is shown only now. Enter it on the lane when it asks to be enrolled; it works once.</source>
        <translation>Der Code wird nur jetzt angezeigt. Geben Sie ihn an der Kasse ein, wenn sie zur Registrierung auffordert; er gilt nur ein einziges Mal.</translation>
    </message>
    <message>
        <source>Terminal %1 of store %2 created (%3).</source>
        <translation>Terminal %1 der Filiale %2 angelegt (%3).</translation>
    </message>
    <message>
        <source>%1 is not a terminal id; `retailos-admin terminals list` shows them.</source>
        <translation>%1 ist keine Terminal-ID; `retailos-admin terminals list` zeigt die IDs an.</translation>
    </message>
    <message>
        <source>New enrolment code for terminal %1, for a replaced lane PC (a new journal key is accepted).</source>
        <translation>Neuer Registrierungscode für Terminal %1, für einen ausgetauschten Kassen-PC (ein neuer Journalschlüssel wird akzeptiert).</translation>
    </message>
    <message>
        <source>New enrolment code for terminal %1.</source>
        <translation>Neuer Registrierungscode für Terminal %1.</translation>
    </message>
    <message>
        <source>--reason is required (it goes into the security audit log).</source>
        <translation>--reason ist erforderlich (die Begründung wird ins Sicherheits-Auditprotokoll geschrieben).</translation>
    </message>
    <message>
        <source>Terminal %1 revoked at %2. The lane keeps selling and keeps its unsent sales; it stops syncing until it is enrolled again with a new code (`retailos-admin terminals code %1`).</source>
        <translation>Zugang von Terminal %1 am %2 widerrufen. Die Kasse verkauft weiter und behält ihre noch nicht gesendeten Verkäufe; sie synchronisiert erst wieder, wenn sie mit einem neuen Code erneut registriert wurde (`retailos-admin terminals code %1`).</translation>
    </message>
    <message>
        <source>--status is rejected or held.</source>
        <translation>--status ist rejected oder held.</translation>
    </message>
    <message>
        <source>No event is held.</source>
        <translation>Es wird kein Ereignis zurückgehalten.</translation>
    </message>
    <message>
        <source>No event was refused.</source>
        <translation>Es wurde kein Ereignis abgewiesen.</translation>
    </message>
    <message>
        <source>No open flags.</source>
        <translation>Keine offenen Hinweise.</translation>
    </message>
    <message>
        <source>--role is tenant_admin, store_manager or analyst.</source>
        <translation>--role ist tenant_admin, store_manager oder analyst.</translation>
    </message>
    <message>
        <source>a store_manager token needs --stores a,b.</source>
        <translation>ein Token für store_manager braucht --stores a,b.</translation>
    </message>
    <message>
        <source>--expires-in-hours is 1 to 720.</source>
        <translation>--expires-in-hours muss zwischen 1 und 720 liegen.</translation>
    </message>
    <message>
        <source>--output FILE is required: the new token is written there (mode 0600), never to the screen.</source>
        <translation>--output FILE ist erforderlich: Das neue Token wird dorthin geschrieben (Modus 0600), nie auf den Bildschirm.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Token %1 (%2) written to %3; valid until %4.</source>
        <translation>Token %1 (%2) in %3 geschrieben; gültig bis %4.</translation>
    </message>
    <message>
        <source>%1 is not a token id; `retailos-admin tokens list` shows them.</source>
        <translation>%1 ist keine Token-ID; `retailos-admin tokens list` zeigt die IDs an.</translation>
    </message>
    <message>
        <source>Token %1 revoked; it works no more.</source>
        <translation>Token %1 widerrufen; es ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>%1 sales of store %2 on %3 written to %4.</source>
        <translation>%1 Verkäufe der Filiale %2 vom %3 in %4 geschrieben.</translation>
    </message>
    <message>
        <source>Store id.</source>
        <translation>Filial-ID.</translation>
    </message>
    <message>
        <source>Only this store (default: every store).</source>
        <translation>Nur diese Filiale (Standard: alle Filialen).</translation>
    </message>
    <message>
        <source>Name shown to people.</source>
        <translation>Angezeigter Name.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code.</source>
        <translation>Währungscode nach ISO 4217.</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation>IANA-Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Send the good rows even when some rows are bad.</source>
        <translation>Gültige Zeilen senden, auch wenn einige Zeilen fehlerhaft sind.</translation>
    </message>
    <message>
        <source>Check the file and show what would be sent; send nothing.</source>
        <translation>Datei prüfen und anzeigen, was gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>Start, e.g. &quot;2026-12-01 06:00&quot; (in --time-zone).</source>
        <translation>Beginn, z. B. &quot;2026-12-01 06:00&quot; (in --time-zone).</translation>
    </message>
    <message>
        <source>End (exclusive).</source>
        <translation>Ende (ausschließlich).</translation>
    </message>
    <message>
        <source>Create a store (and its scopes).</source>
        <translation>Filiale anlegen (mit ihren Sync-Bereichen).</translation>
    </message>
    <message>
        <source>Send a catalogue CSV (docs/catalogue-csv.md).</source>
        <translation>Katalog-CSV senden (docs/catalogue-csv.md).</translation>
    </message>
    <message>
        <source>Do not send the file&apos;s departments (they exist with names set otherwise).</source>
        <translation>Die Warengruppen der Datei nicht senden (sie bestehen bereits, mit anderweitig gepflegten Namen).</translation>
    </message>
    <message>
        <source>Send a catalogue JSON body as written (tax rates, tax classes, named departments).</source>
        <translation>Katalog-JSON unverändert senden (Steuersätze, Steuerklassen, benannte Warengruppen).</translation>
    </message>
    <message>
        <source>Schedule a price change from a CSV of sku,price.</source>
        <translation>Preisänderung aus einer CSV-Datei mit sku,price planen.</translation>
    </message>
    <message>
        <source>Cancel a scheduled price.</source>
        <translation>Geplanten Preis aufheben.</translation>
    </message>
    <message>
        <source>SKU.</source>
        <translation>SKU.</translation>
    </message>
    <message>
        <source>Create a terminal and its enrolment code.</source>
        <translation>Terminal mit Registrierungscode anlegen.</translation>
    </message>
    <message>
        <source>Lane id.</source>
        <translation>Kassen-ID.</translation>
    </message>
    <message>
        <source>Show terminals, their state and their lag.</source>
        <translation>Terminals mit Status und Rückstand anzeigen.</translation>
    </message>
    <message>
        <source>A new enrolment code for a terminal.</source>
        <translation>Neuen Registrierungscode für ein Terminal erzeugen.</translation>
    </message>
    <message>
        <source>Accept a new journal key (a replaced lane PC).</source>
        <translation>Neuen Journalschlüssel akzeptieren (ausgetauschter Kassen-PC).</translation>
    </message>
    <message>
        <source>Disconnect a terminal.</source>
        <translation>Terminal trennen (Zugang widerrufen).</translation>
    </message>
    <message>
        <source>Why (goes into the audit log).</source>
        <translation>Begründung (wird ins Auditprotokoll geschrieben).</translation>
    </message>
    <message>
        <source>Events the server refused (or holds) from one terminal or all.</source>
        <translation>Ereignisse, die der Server abgewiesen hat (oder zurückhält), von einem Terminal oder allen.</translation>
    </message>
    <message>
        <source>rejected (default) or held.</source>
        <translation>rejected (Standard) oder held.</translation>
    </message>
    <message>
        <source>Open flags for HQ: overdrawn balances, over-returns.</source>
        <translation>Offene Hinweise für die Zentrale: überzogene Guthaben, Rückgaben über die verkaufte Menge hinaus.</translation>
    </message>
    <message>
        <source>Create an admin token (written to a file, never shown).</source>
        <translation>Admin-Token erstellen (wird in eine Datei geschrieben, nie angezeigt).</translation>
    </message>
    <message>
        <source>tenant_admin, store_manager or analyst.</source>
        <translation>tenant_admin, store_manager oder analyst.</translation>
    </message>
    <message>
        <source>Stores of a store_manager, comma-separated.</source>
        <translation>Filialen eines store_manager, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Validity, 1 to 720 hours (default 12).</source>
        <translation>Gültigkeit, 1 bis 720 Stunden (Standard: 12).</translation>
    </message>
    <message>
        <source>File for the new token (mode 0600).</source>
        <translation>Datei für das neue Token (Modus 0600).</translation>
    </message>
    <message>
        <source>The tenant&apos;s admin tokens (never their secrets).</source>
        <translation>Die Admin-Tokens des Mandanten (nie ihre Geheimnisse).</translation>
    </message>
    <message>
        <source>End an admin token at once.</source>
        <translation>Admin-Token sofort widerrufen.</translation>
    </message>
    <message>
        <source>Export one business day&apos;s sales of a store as CSV.</source>
        <translation>Verkäufe einer Filiale an einem Geschäftstag als CSV exportieren.</translation>
    </message>
    <message>
        <source>Business day, YYYY-MM-DD.</source>
        <translation>Geschäftstag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>In diese Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Usage: retailos-admin [--server URL] [--ca-file F] [--pin SHA256] [--token-file F] [--json] &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: retailos-admin [--server URL] [--ca-file F] [--pin SHA256] [--token-file F] [--json] &lt;command&gt; [options]

Befehle:
</translation>
    </message>
    <message>
        <source>
The admin token is read from --token-file or RETAILOS_ADMIN_TOKEN, never from the command line.
`retailos-admin &lt;command&gt; --help` shows a command&apos;s options. Guide: docs/admin-guide.md
</source>
        <translation>
Das Admin-Token wird aus --token-file oder RETAILOS_ADMIN_TOKEN gelesen, nie von der Befehlszeile.
`retailos-admin &lt;command&gt; --help` zeigt die Optionen eines Befehls. Anleitung: docs/admin-guide.md
</translation>
    </message>
    <message>
        <source>retailos-admin: the token is never given on the command line (other users can read it in the process list); use --token-file FILE or RETAILOS_ADMIN_TOKEN.</source>
        <translation>retailos-admin: Das Token wird nie auf der Befehlszeile angegeben (andere Benutzer können es in der Prozessliste lesen); verwenden Sie --token-file FILE oder RETAILOS_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>retailos-admin: unknown command &quot;%1&quot;.</source>
        <translation>retailos-admin: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>retailos-admin: %1 %2 takes %3 argument(s): %4</source>
        <translation>retailos-admin: %1 %2 erwartet %3 Argument(e): %4</translation>
    </message>
</context>
<context>
    <name>RetailosServer</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot create the database tables: %1</source>
        <translation>die Datenbanktabellen können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot settle held events: %1</source>
        <translation>zurückgehaltene Ereignisse können nicht nachverarbeitet werden: %1</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>--id must be the token&apos;s credential id (a uuid)</source>
        <translation>--id muss die Kennung des Tokens sein (eine UUID)</translation>
    </message>
    <message>
        <source>there is no admin token %1</source>
        <translation>es gibt kein Admin-Token %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Cashier</source>
        <translation>Kassierer/in</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kassenaufsicht</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Filialleiter/in</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator/in</translation>
    </message>
    <message>
        <source>A cashier can approve it.</source>
        <translation>Ein/e Kassierer/in kann dies freigeben.</translation>
    </message>
    <message>
        <source>A supervisor can approve it.</source>
        <translation>Die Kassenaufsicht kann dies freigeben.</translation>
    </message>
    <message>
        <source>A store manager can approve it.</source>
        <translation>Ein/e Filialleiter/in kann dies freigeben.</translation>
    </message>
    <message>
        <source>An administrator can approve it.</source>
        <translation>Ein/e Administrator/in kann dies freigeben.</translation>
    </message>
    <message>
        <source>Someone with the role “%1” can approve it.</source>
        <translation>Jemand mit der Rolle „%1“ kann dies freigeben.</translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The saved sale is damaged (field %1).</source>
        <translation>Der gespeicherte Verkauf ist beschädigt (Feld %1).</translation>
    </message>
    <message>
        <source>The card reference may only hold its last four digits.</source>
        <translation>Die Kartenreferenz darf nur die letzten vier Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Enter exactly the last four digits of the card; a card number is never stored.</source>
        <translation>Geben Sie genau die letzten vier Ziffern der Karte ein; eine Kartennummer wird nie gespeichert.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1); the basket is as before.</source>
        <translation>Die Änderung konnte nicht gespeichert werden (%1); der Warenkorb ist unverändert.</translation>
    </message>
    <message>
        <source>Enter a whole quantity from 1 to %1.</source>
        <translation>Geben Sie eine ganzzahlige Menge von 1 bis %1 ein.</translation>
    </message>
    <message>
        <source>Sign in to sell.</source>
        <translation>Melden Sie sich an, um zu verkaufen.</translation>
    </message>
    <message>
        <source>Payment has started; finish it or remove the payments before adding items.</source>
        <translation>Die Zahlung hat begonnen; schließen Sie sie ab oder entfernen Sie die Zahlungen, bevor Sie Artikel hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is blocked from sale.</source>
        <translation>%1 ist für den Verkauf gesperrt.</translation>
    </message>
    <message>
        <source>%1 has no price today. Call a supervisor.</source>
        <translation>%1 hat heute keinen Preis. Rufen Sie die Kassenaufsicht.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, not %3.</source>
        <translation>Der Preis von %1 ist in %2 angegeben, nicht in %3.</translation>
    </message>
    <message>
        <source>Weigh %1 or scan its label.</source>
        <translation>Wiegen Sie %1 oder scannen Sie das Etikett.</translation>
    </message>
    <message>
        <source>That weight is more than a lane can sell.</source>
        <translation>Dieses Gewicht ist mehr, als eine Kasse verkaufen kann.</translation>
    </message>
    <message>
        <source>There is no line %1.</source>
        <translation>Es gibt keine Position %1.</translation>
    </message>
    <message>
        <source>Payment has started; quantities are fixed.</source>
        <translation>Die Zahlung hat begonnen; die Mengen sind festgelegt.</translation>
    </message>
    <message>
        <source>A labelled item&apos;s quantity comes from its label.</source>
        <translation>Bei Artikeln mit Etikett stammt die Menge vom Etikett.</translation>
    </message>
    <message>
        <source>Enter a weight above 0 kg.</source>
        <translation>Geben Sie ein Gewicht über 0 kg ein.</translation>
    </message>
    <message>
        <source>Lowering a quantity</source>
        <translation>Das Verringern einer Menge</translation>
    </message>
    <message>
        <source>Payment has started; lines can no longer be voided.</source>
        <translation>Die Zahlung hat begonnen; Positionen können nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>Voiding a line</source>
        <translation>Das Stornieren einer Position</translation>
    </message>
    <message>
        <source>Payment has started; prices are fixed.</source>
        <translation>Die Zahlung hat begonnen; die Preise sind festgelegt.</translation>
    </message>
    <message>
        <source>Give a reason for the new price.</source>
        <translation>Geben Sie einen Grund für den neuen Preis an.</translation>
    </message>
    <message>
        <source>Changing a price</source>
        <translation>Das Ändern eines Preises</translation>
    </message>
    <message>
        <source>Payment has started; discounts are fixed.</source>
        <translation>Die Zahlung hat begonnen; die Rabatte sind festgelegt.</translation>
    </message>
    <message>
        <source>A discount must be above 0 and at most 100 %.</source>
        <translation>Ein Rabatt muss über 0 und höchstens 100 % betragen.</translation>
    </message>
    <message>
        <source>Give a reason for the discount.</source>
        <translation>Geben Sie einen Grund für den Rabatt an.</translation>
    </message>
    <message>
        <source>A discount of %1</source>
        <translation>Ein Rabatt von %1</translation>
    </message>
    <message>
        <source>There is nothing to pay for.</source>
        <translation>Es gibt nichts zu bezahlen.</translation>
    </message>
    <message>
        <source>The sale is already paid.</source>
        <translation>Der Verkauf ist bereits bezahlt.</translation>
    </message>
    <message>
        <source>Check the customer&apos;s age for %1 (%2+) first.</source>
        <translation>Prüfen Sie für %1 zuerst das Alter des Kunden (ab %2 Jahren).</translation>
    </message>
    <message>
        <source>Enter the cash received.</source>
        <translation>Geben Sie den erhaltenen Barbetrag ein.</translation>
    </message>
    <message>
        <source>%1 in cash is more than a lane accepts; check the amount.</source>
        <translation>%1 in bar ist mehr, als eine Kasse annimmt; prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>Enter the amount for the card.</source>
        <translation>Geben Sie den Betrag für die Karte ein.</translation>
    </message>
    <message>
        <source>A card cannot pay more than the amount due (%1).</source>
        <translation>Mit Karte kann nicht mehr als der offene Betrag (%1) bezahlt werden.</translation>
    </message>
    <message>
        <source>The terminal reference is not valid.</source>
        <translation>Die Terminal-Referenz ist ungültig.</translation>
    </message>
    <message>
        <source>Enter the amount to take from the card.</source>
        <translation>Geben Sie den Betrag ein, der von der Karte abgebucht werden soll.</translation>
    </message>
    <message>
        <source>A gift card or store credit cannot pay more than the amount due (%1); the rest stays on the card.</source>
        <translation>Mit Geschenkkarte oder Guthaben kann nicht mehr als der offene Betrag (%1) bezahlt werden; der Rest bleibt auf der Karte.</translation>
    </message>
    <message>
        <source>The card holds only %1.</source>
        <translation>Das Guthaben der Karte beträgt nur %1.</translation>
    </message>
    <message>
        <source>There is nothing to complete.</source>
        <translation>Es gibt nichts abzuschließen.</translation>
    </message>
    <message>
        <source>Still due: %1.</source>
        <translation>Noch offen: %1.</translation>
    </message>
    <message>
        <source>The sale was NOT saved: %1 The basket is kept; try again.</source>
        <translation>Der Verkauf wurde NICHT gespeichert: %1 Der Warenkorb bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Printing a receipt copy</source>
        <translation>Das Drucken einer Bonkopie</translation>
    </message>
    <message>
        <source>This lane has no receipt number %1.</source>
        <translation>Diese Kasse hat keinen Bon mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no sale to park.</source>
        <translation>Es gibt keinen Verkauf zum Parken.</translation>
    </message>
    <message>
        <source>A sale with payments cannot be parked.</source>
        <translation>Ein Verkauf mit Zahlungen kann nicht geparkt werden.</translation>
    </message>
    <message>
        <source>Finish or park the current sale first.</source>
        <translation>Schließen Sie zuerst den aktuellen Verkauf ab oder parken Sie ihn.</translation>
    </message>
    <message>
        <source>There is no sale to void.</source>
        <translation>Es gibt keinen Verkauf zum Stornieren.</translation>
    </message>
    <message>
        <source>Give a reason for voiding the sale.</source>
        <translation>Geben Sie einen Grund für das Stornieren des Verkaufs an.</translation>
    </message>
    <message>
        <source>Voiding a sale</source>
        <translation>Das Stornieren eines Verkaufs</translation>
    </message>
    <message>
        <source>The disk is almost full (%1 MB free): no new sale can start. Finish the open sales and call support.</source>
        <translation>Der Datenträger ist fast voll (%1 MB frei): Es kann kein neuer Verkauf beginnen. Offene Verkäufe abschließen und den Support rufen.</translation>
    </message>
    <message>
        <source>Unknown permission %1.</source>
        <translation>Unbekannte Berechtigung %1.</translation>
    </message>
    <message>
        <source>An approval must come from someone else.</source>
        <translation>Eine Freigabe muss von einer anderen Person erteilt werden.</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s approval (permission %2).</source>
        <translation>%1 erfordert die Freigabe der Kassenaufsicht (Berechtigung %2).</translation>
    </message>
    <message>
        <source>%1 must be approved by someone else.</source>
        <translation>%1 muss von einer anderen Person freigegeben werden.</translation>
    </message>
    <message>
        <source>This lane cannot check approvals; %1 is not possible.</source>
        <translation>Diese Kasse kann keine Freigaben prüfen: %1 ist nicht möglich.</translation>
    </message>
    <message>
        <source>This sale belongs to store %1 in %2; this lane sells for %3 in %4.</source>
        <translation>Dieser Verkauf gehört zu Filiale %1 in %2; diese Kasse verkauft für %3 in %4.</translation>
    </message>
    <message>
        <source>The discount on %1 grew to %2; a supervisor must approve it again.</source>
        <translation>Der Rabatt auf %1 ist auf %2 gestiegen; die Kassenaufsicht muss ihn erneut freigeben.</translation>
    </message>
    <message>
        <source>The discount on the sale grew to %1; a supervisor must approve it again.</source>
        <translation>Der Rabatt auf den Verkauf ist auf %1 gestiegen; die Kassenaufsicht muss ihn erneut freigeben.</translation>
    </message>
    <message>
        <source>A sale can have at most %1 lines; complete this one first.</source>
        <translation>Ein Verkauf kann höchstens %1 Positionen haben; schließen Sie diesen zuerst ab.</translation>
    </message>
    <message>
        <source>The price of %1 is beyond what a lane sells.</source>
        <translation>Der Preis von %1 ist höher, als eine Kasse verkaufen kann.</translation>
    </message>
    <message>
        <source>Enter a price from 0 to %1.</source>
        <translation>Geben Sie einen Preis von 0 bis %1 ein.</translation>
    </message>
    <message>
        <source>There is nothing to discount.</source>
        <translation>Es gibt nichts zu rabattieren.</translation>
    </message>
    <message>
        <source>Cash comes in steps of %1 here.</source>
        <translation>Barbeträge sind hier nur in Schritten von %1 möglich.</translation>
    </message>
    <message>
        <source>Enter the authorisation code the card terminal printed (letters and digits).</source>
        <translation>Geben Sie die Genehmigungsnummer ein, die das Kartenterminal gedruckt hat (Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>%1 is not a %2 in %3.</source>
        <translation>%1 ist kein Konto vom Typ %2 in %3.</translation>
    </message>
    <message>
        <source>%1 is sold by the piece; key a quantity instead of a weight.</source>
        <translation>%1 wird stückweise verkauft; bitte eine Menge statt eines Gewichts eingeben.</translation>
    </message>
    <message>
        <source>A labelled item&apos;s quantity comes from its label; scan each label.</source>
        <translation>Die Menge eines etikettierten Artikels steht auf dem Etikett; bitte jedes Etikett scannen.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>Es gibt keine Zahlung %1.</translation>
    </message>
    <message>
        <source>Reverse the card payment on the terminal first and enter its reversal reference.</source>
        <translation>Zuerst die Kartenzahlung am Terminal stornieren und die Storno-Referenz eingeben.</translation>
    </message>
    <message>
        <source>Taking back a payment</source>
        <translation>Das Zurücknehmen einer Zahlung</translation>
    </message>
    <message>
        <source>A price label typed in by hand sets its own price: scan it, or change the price with a supervisor (permission sale.price_override).</source>
        <translation>Ein von Hand eingegebenes Preisetikett setzt seinen eigenen Preis: bitte scannen oder den Preis mit der Kassenaufsicht ändern (Berechtigung sale.price_override).</translation>
    </message>
    <message>
        <source>More units at a changed price</source>
        <translation>Mehr Stück zu einem geänderten Preis</translation>
    </message>
    <message>
        <source>Take back the later payments first.</source>
        <translation>Zuerst die späteren Zahlungen zurücknehmen.</translation>
    </message>
    <message>
        <source>Take back the payments first (hand back the cash, reverse the card), then void the sale.</source>
        <translation>Zuerst die Zahlungen zurücknehmen (Bargeld zurückgeben, Karte stornieren), dann den Verkauf stornieren.</translation>
    </message>
    <message>
        <source>A sale is open: complete, park or void it before opening the drawer.</source>
        <translation>Ein Verkauf ist offen: Schließen Sie ihn ab, parken oder stornieren Sie ihn, bevor Sie die Kassenlade öffnen.</translation>
    </message>
    <message>
        <source>Give a reason for opening the drawer.</source>
        <translation>Geben Sie einen Grund für das Öffnen der Kassenlade an.</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation>Das Öffnen der Kassenlade ohne Verkauf</translation>
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
    <message>
        <source>The payments (%1) do not match the total (%2).</source>
        <translation>Die Zahlungen (%1) stimmen nicht mit der Summe (%2) überein.</translation>
    </message>
    <message>
        <source>The account %1 is not a %2 in %3.</source>
        <translation>Das Konto %1 ist nicht vom Typ %2 in %3.</translation>
    </message>
    <message>
        <source>A credit needs an account, a kind, a positive amount and a reason.</source>
        <translation>Eine Gutschrift braucht ein Konto, einen Typ, einen positiven Betrag und einen Grund.</translation>
    </message>
    <message>
        <source>The account %1 holds %2 in %3.</source>
        <translation>Das Konto %1 ist bereits vom Typ %2 in %3.</translation>
    </message>
    <message>
        <source>A sale needs the cashier who made it.</source>
        <translation>Ein Verkauf braucht die Kassiererin oder den Kassierer, der ihn gemacht hat.</translation>
    </message>
    <message>
        <source>A payment is not valid.</source>
        <translation>Eine Zahlung ist ungültig.</translation>
    </message>
</context>
<context>
    <name>ScaleDevice</name>
    <message>
        <source>The weight did not settle. Let the item rest on the scale and weigh again.</source>
        <translation>Das Gewicht ist nicht zur Ruhe gekommen. Lassen Sie den Artikel ruhig auf der Waage liegen und wiegen Sie erneut.</translation>
    </message>
    <message>
        <source>The scale on %1 does not answer. Check that it is switched on, connected and set to the Toledo 8217 protocol.</source>
        <translation>Die Waage an %1 antwortet nicht. Prüfen Sie, ob sie eingeschaltet, angeschlossen und auf das Protokoll Toledo 8217 eingestellt ist.</translation>
    </message>
    <message>
        <source>The scale on %1 was disconnected. Check its cable.</source>
        <translation>Die Waage an %1 wurde getrennt. Prüfen Sie das Kabel.</translation>
    </message>
    <message>
        <source>The scale</source>
        <translation>Die Waage</translation>
    </message>
    <message>
        <source>The scale &quot;%1&quot; is not claimed.</source>
        <translation>Die Waage „%1“ ist nicht für dieses Programm reserviert.</translation>
    </message>
</context>
<context>
    <name>ScaleSimulator</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>A simulated Toledo 8217 scale on a pseudo terminal. Prints {&quot;pty&quot;:PATH} on stdout, then takes commands on stdin, one a line: weight GRAMS, motion, stable, over, under, off, on. Reports every weight request answered. Stops at the end of stdin or with SIGTERM or Ctrl+C.</source>
        <translation>Eine simulierte Waage Toledo 8217 an einem Pseudoterminal. Gibt {&quot;pty&quot;:PATH} auf stdout aus und nimmt dann Befehle auf stdin an, einen pro Zeile: weight GRAMM, motion, stable, over, under, off, on. Meldet jede beantwortete Gewichtsabfrage. Endet am Ende von stdin oder mit SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>Grams on the platter at the start (default 0).</source>
        <translation>Gramm auf der Wägeplatte beim Start (Standard 0).</translation>
    </message>
    <message>
        <source>GRAMS</source>
        <translation>GRAMM</translation>
    </message>
    <message>
        <source>--weight needs a number of grams from 0 to 999999.</source>
        <translation>--weight braucht eine Grammzahl von 0 bis 999999.</translation>
    </message>
</context>
<context>
    <name>ScanFramer</name>
    <message>
        <source>The scanner sent a code longer than %1 characters; it was ignored. Scan the item again.</source>
        <translation>Der Scanner hat einen Code mit mehr als %1 Zeichen gesendet; er wurde ignoriert. Scannen Sie den Artikel erneut.</translation>
    </message>
    <message>
        <source>The scanner sent unreadable data (a loose cable or interference?); scan the item again.</source>
        <translation>Der Scanner hat unlesbare Daten gesendet (Wackelkontakt oder Störung?); scannen Sie den Artikel erneut.</translation>
    </message>
    <message>
        <source>The scanner sent an incomplete code; scan the item again.</source>
        <translation>Der Scanner hat einen unvollständigen Code gesendet; scannen Sie den Artikel erneut.</translation>
    </message>
</context>
<context>
    <name>ScannerDevice</name>
    <message>
        <source>The scanner</source>
        <translation>Der Scanner</translation>
    </message>
    <message>
        <source>The scanner &quot;%1&quot; is not claimed.</source>
        <translation>Der Scanner „%1“ ist nicht für dieses Programm reserviert.</translation>
    </message>
    <message>
        <source>The scanner &quot;%1&quot; is not connected: %2</source>
        <translation>Der Scanner „%1“ ist nicht verbunden: %2</translation>
    </message>
</context>
<context>
    <name>ScannerSimulator</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>A simulated serial barcode scanner on a pseudo terminal. Prints {&quot;pty&quot;:PATH} on stdout, then takes commands on stdin, one a line: CODE, garbage, half CODE, double CODE. Stops at the end of stdin or with SIGTERM or Ctrl+C.</source>
        <translation>Ein simulierter serieller Barcodescanner an einem Pseudoterminal. Gibt {&quot;pty&quot;:PATH} auf stdout aus und nimmt dann Befehle auf stdin an, einen pro Zeile: CODE, garbage, half CODE, double CODE. Endet am Ende von stdin oder mit SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>Send the AIM symbology id before each code (]E0 EAN-13/UPC-A, ]E4 EAN-8, ]C1 GS1-128, ]C0 Code 128).</source>
        <translation>Vor jedem Code die AIM-Symbologie-Kennung senden (]E0 EAN-13/UPC-A, ]E4 EAN-8, ]C1 GS1-128, ]C0 Code 128).</translation>
    </message>
    <message>
        <source>Milliseconds between characters (default 0: each code at once).</source>
        <translation>Millisekunden zwischen den Zeichen (Standard 0: jeder Code auf einmal).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>End codes with CR LF instead of CR.</source>
        <translation>Codes mit CR LF statt CR abschließen.</translation>
    </message>
    <message>
        <source>End codes with LF instead of CR.</source>
        <translation>Codes mit LF statt CR abschließen.</translation>
    </message>
    <message>
        <source>--delay-ms needs a number of milliseconds from 0 to 10000.</source>
        <translation>--delay-ms braucht eine Anzahl Millisekunden von 0 bis 10000.</translation>
    </message>
    <message>
        <source>Choose either --crlf or --lf.</source>
        <translation>Wählen Sie entweder --crlf oder --lf.</translation>
    </message>
</context>
<context>
    <name>SerialDrawer</name>
    <message>
        <source>The drawer status answer is set up wrongly: byte %1 of a %2-byte answer, mask 0x%3. The byte must lie in the answer and the mask must have a bit set.</source>
        <translation>Die Statusantwort der Kassenlade ist falsch eingerichtet: Byte %1 einer %2-Byte-Antwort, Maske 0x%3. Das Byte muss innerhalb der Antwort liegen, und in der Maske muss ein Bit gesetzt sein.</translation>
    </message>
    <message>
        <source>The drawer answered %1 of the %2 status bytes expected.</source>
        <translation>Die Kassenlade hat %1 der %2 erwarteten Statusbytes gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of hex bytes such as &quot;07&quot; or &quot;1b 70 00&quot;.</source>
        <translation>„%1“ ist keine Liste von Hex-Bytes wie „07“ oder „1b 70 00“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an odd number of hex digits; write each byte as two digits.</source>
        <translation>„%1“ hat eine ungerade Anzahl Hex-Ziffern; schreiben Sie jedes Byte mit zwei Ziffern.</translation>
    </message>
    <message>
        <source>The drawer needs the bytes that open it (its trigger), for example 07.</source>
        <translation>Die Kassenlade braucht die Bytes, die sie öffnen (ihren Auslöser, trigger), zum Beispiel 07.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>The cash drawer</source>
        <translation>Die Kassenlade</translation>
    </message>
    <message>
        <source>The drawer did not open: the drawer on %1 is not claimed.</source>
        <translation>Die Kassenlade hat sich nicht geöffnet: Die Kassenlade an %1 ist nicht für dieses Programm reserviert.</translation>
    </message>
</context>
<context>
    <name>SerialScanReader</name>
    <message>
        <source>The scanner on %1 is not connected. Check its cable; it is used again as soon as it is plugged in.</source>
        <translation>Der Scanner an %1 ist nicht verbunden. Prüfen Sie das Kabel; er wird wieder verwendet, sobald er eingesteckt ist.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>%1 baud is not a serial speed this lane supports.</source>
        <translation>%1 Baud ist keine Geschwindigkeit, die diese Kasse für serielle Anschlüsse unterstützt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a serial port: %2</source>
        <translation>%1 ist kein serieller Anschluss: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>Schreiben an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 stopped taking data (%2 bytes not sent).</source>
        <translation>%1 nimmt keine Daten mehr an (%2 Bytes nicht gesendet).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Reading from %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The device on %1 was disconnected.</source>
        <translation>Das Gerät an %1 wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Cannot read the configuration file %1: %2</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a JSON object: %2</source>
        <translation>Die Konfigurationsdatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>the server speaks TLS only: name its certificate chain and private key (R-3.1)</source>
        <translation>der Server arbeitet nur mit TLS: Geben Sie seine Zertifikatskette und seinen privaten Schlüssel an (R-3.1)</translation>
    </message>
    <message>
        <source>name the database: a file path, sqlite:PATH or postgresql://…</source>
        <translation>geben Sie die Datenbank an: einen Dateipfad, sqlite:PATH oder postgresql://…</translation>
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
    <message>
        <source>expected an object with &quot;label&quot; and &quot;code&quot;</source>
        <translation>Objekt mit „label“ und „code“ erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected 1 to 40 characters</source>
        <translation>1 bis 40 Zeichen erwartet</translation>
    </message>
    <message>
        <source>expected 1 to 64 characters</source>
        <translation>1 bis 64 Zeichen erwartet</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>einen dieser Werte verwenden: %1</translation>
    </message>
    <message>
        <source>expected a list of keys</source>
        <translation>Liste von Tasten erwartet</translation>
    </message>
    <message>
        <source>at most %1 keys fit on the pad</source>
        <translation>höchstens %1 Tasten passen auf das Tastenfeld</translation>
    </message>
    <message>
        <source>a TCP printer needs its host name or address</source>
        <translation>ein TCP-Drucker braucht seinen Hostnamen oder seine Adresse</translation>
    </message>
    <message>
        <source>a file printer needs the file&apos;s path</source>
        <translation>ein Dateidrucker braucht den Pfad der Datei</translation>
    </message>
    <message>
        <source>a CUPS printer needs its raw queue&apos;s name</source>
        <translation>ein CUPS-Drucker braucht den Namen seiner Raw-Warteschlange</translation>
    </message>
    <message>
        <source>use one of: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200</source>
        <translation>einen dieser Werte verwenden: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200</translation>
    </message>
    <message>
        <source>%1 needs its port, such as /dev/ttyUSB0</source>
        <translation>%1 braucht einen Anschluss, z. B. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>expected 4 hex digits as lsusb shows them, such as 04b8</source>
        <translation>4 Hex-Ziffern erwartet, wie lsusb sie anzeigt, etwa 04b8</translation>
    </message>
    <message>
        <source>%1 needs &quot;usb_vendor&quot; and &quot;usb_product&quot; (4 hex digits each, from lsusb)</source>
        <translation>%1 braucht „usb_vendor“ und „usb_product“ (je 4 Hex-Ziffern, aus lsusb)</translation>
    </message>
    <message>
        <source>expected up to %1 bytes as hex pairs, such as &quot;1b 70&quot;</source>
        <translation>bis zu %1 Bytes als Hex-Paare erwartet, etwa „1b 70“</translation>
    </message>
    <message>
        <source>a serial printer</source>
        <translation>ein serieller Drucker</translation>
    </message>
    <message>
        <source>a USB printer</source>
        <translation>ein USB-Drucker</translation>
    </message>
    <message>
        <source>use 2 or 5 (the kick connector&apos;s pins)</source>
        <translation>2 oder 5 verwenden (die Pins des Kassenladen-Anschlusses)</translation>
    </message>
    <message>
        <source>must lie inside the answer (status_answer_bytes)</source>
        <translation>muss innerhalb der Antwort liegen (status_answer_bytes)</translation>
    </message>
    <message>
        <source>expected one non-zero byte as hex, such as &quot;01&quot;</source>
        <translation>ein Byte ungleich null als Hex erwartet, etwa „01“</translation>
    </message>
    <message>
        <source>a drawer on its own serial port</source>
        <translation>eine Kassenlade mit eigenem seriellem Anschluss</translation>
    </message>
    <message>
        <source>a serial drawer needs the bytes that open it</source>
        <translation>eine serielle Kassenlade braucht die Bytes, die sie öffnen</translation>
    </message>
    <message>
        <source>a serial scanner</source>
        <translation>ein serieller Scanner</translation>
    </message>
    <message>
        <source>a USB scanner</source>
        <translation>ein USB-Scanner</translation>
    </message>
    <message>
        <source>a scale</source>
        <translation>eine Waage</translation>
    </message>
    <message>
        <source>a customer display</source>
        <translation>eine Kundenanzeige</translation>
    </message>
    <message>
        <source>expected up to 16 characters from the first 256 (\u0002 for STX)</source>
        <translation>bis zu 16 Zeichen aus den ersten 256 erwartet (\u0002 für STX)</translation>
    </message>
</context>
<context>
    <name>SimTool</name>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>A PIN may contain digits only.</source>
        <translation>Eine PIN darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Eine PIN hat %1 bis %2 Stellen; diese hat %3.</translation>
    </message>
    <message>
        <source>The PIN hash iteration count must be between 1 and %1, not %2.</source>
        <translation>Die Iterationszahl für den PIN-Hash muss zwischen 1 und %1 liegen, nicht bei %2.</translation>
    </message>
    <message>
        <source>The system could not provide random numbers for a PIN.</source>
        <translation>Das System konnte keine Zufallszahlen für eine PIN liefern.</translation>
    </message>
    <message>
        <source>The PIN could not be hashed.</source>
        <translation>Die PIN konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>The stored PIN is not in a format this version can check.</source>
        <translation>Die gespeicherte PIN liegt in einem Format vor, das diese Version nicht prüfen kann.</translation>
    </message>
    <message>
        <source>Unknown user or wrong PIN.</source>
        <translation>Unbekannter Benutzer oder falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this user is locked until %1 (in %n minute(s)). A manager can set a new PIN.</source>
        <translation>
            <numerusform>Zu viele falsche PINs: Dieser Benutzer ist bis %1 gesperrt (noch %n Minute). Die Filialleitung kann eine neue PIN vergeben.</numerusform>
            <numerusform>Zu viele falsche PINs: Dieser Benutzer ist bis %1 gesperrt (noch %n Minuten). Die Filialleitung kann eine neue PIN vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A user code has 1 to %1 characters, without spaces at either end or control characters.</source>
        <translation>Ein Benutzercode hat 1 bis %1 Zeichen, ohne Leerzeichen am Anfang oder Ende und ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>There is no user with the code %1.</source>
        <translation>Es gibt keinen Benutzer mit dem Code %1.</translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation>Ein Anzeigename hat 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Ein Benutzer braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>The user code %1 is already taken.</source>
        <translation>Der Benutzercode %1 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>This user&apos;s PIN cannot be checked by this version. A manager can set a new PIN.</source>
        <translation>Die PIN dieses Benutzers kann von dieser Version nicht geprüft werden. Die Filialleitung kann eine neue PIN vergeben.</translation>
    </message>
    <message>
        <source>%1 has been deactivated and cannot sign in.</source>
        <translation>%1 wurde deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>%1 may not %2 (permission %3 missing).</source>
        <translation>%1 ist nicht berechtigt, %2 (Berechtigung %3 fehlt).</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Head office could not be reached (%1): %2</source>
        <translation>Die Zentrale ist nicht erreichbar (%1): %2</translation>
    </message>
    <message>
        <source>Head office refused this lane&apos;s credential (%1): sales are kept here until the lane is enrolled again.</source>
        <translation>Die Zentrale hat die Zugangsdaten dieser Kasse abgelehnt (%1): Die Verkäufe bleiben hier gespeichert, bis die Kasse neu angemeldet ist.</translation>
    </message>
    <message>
        <source>Head office answered a sequence gap without a usable position.</source>
        <translation>Die Zentrale hat eine Lücke in der Nummernfolge gemeldet, aber keine verwendbare Position genannt.</translation>
    </message>
    <message>
        <source>Head office holds this lane&apos;s events only up to number %1: the later ones are sent again.</source>
        <translation>Die Zentrale hat die Ereignisse dieser Kasse nur bis Nummer %1: Die späteren werden erneut gesendet.</translation>
    </message>
    <message>
        <source>Head office holds different events under this lane&apos;s numbers: uploading stopped, call head office. (%1)</source>
        <translation>Die Zentrale hat unter den Nummern dieser Kasse andere Ereignisse gespeichert: Das Senden wurde angehalten, bitte die Zentrale anrufen. (%1)</translation>
    </message>
    <message>
        <source>Head office could not store the events (HTTP %1 %2): they are sent again later.</source>
        <translation>Die Zentrale konnte die Ereignisse nicht speichern (HTTP %1 %2): Sie werden später erneut gesendet.</translation>
    </message>
    <message>
        <source>Head office&apos;s answer is not usable (%1 %2): the events are sent again later.</source>
        <translation>Die Antwort der Zentrale ist nicht verwendbar (%1 %2): Die Ereignisse werden später erneut gesendet.</translation>
    </message>
    <message>
        <source>Head office acknowledged only up to event %1 of %2…%3: the rest is sent again.</source>
        <translation>Die Zentrale hat nur bis Ereignis %1 von %2…%3 bestätigt: Der Rest wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Head office&apos;s answer does not account for each event (%1): they are sent again later.</source>
        <translation>Die Antwort der Zentrale nennt nicht jedes Ereignis (%1): Sie werden später erneut gesendet.</translation>
    </message>
    <message>
        <source>Head office&apos;s answer to the enrolment is not usable (%1 %2).</source>
        <translation>Die Antwort der Zentrale auf die Anmeldung ist nicht verwendbar (%1 %2).</translation>
    </message>
    <message>
        <source>Head office sent a credential this lane cannot use.</source>
        <translation>Die Zentrale hat Zugangsdaten gesendet, die diese Kasse nicht verwenden kann.</translation>
    </message>
    <message>
        <source>Head office does not accept this enrolment code: it is mistyped, used or expired. Ask head office for a new one.</source>
        <translation>Die Zentrale akzeptiert diesen Anmeldecode nicht: Er ist falsch eingegeben, bereits verwendet oder abgelaufen. Bitte bei der Zentrale einen neuen anfordern.</translation>
    </message>
    <message>
        <source>This enrolment code is for another store, lane or lane PC (%1). Check the lane&apos;s store and lane, or ask head office for the right code.</source>
        <translation>Dieser Anmeldecode gilt für eine andere Filiale, Kasse oder einen anderen Kassen-PC (%1). Filiale und Kasse prüfen oder bei der Zentrale den richtigen Code anfordern.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts: wait 15 minutes and try again.</source>
        <translation>Zu viele Anmeldeversuche: 15 Minuten warten und erneut versuchen.</translation>
    </message>
    <message>
        <source>Head office could not enrol this lane (HTTP %1 %2): try again later.</source>
        <translation>Die Zentrale konnte diese Kasse nicht anmelden (HTTP %1 %2): später erneut versuchen.</translation>
    </message>
    <message>
        <source>Head office&apos;s answer to the enrolment is not JSON.</source>
        <translation>Die Antwort der Zentrale auf die Anmeldung ist kein JSON.</translation>
    </message>
    <message>
        <source>Head office enrolled this lane as %1/%2, not as the configured %3/%4.</source>
        <translation>Die Zentrale hat diese Kasse als %1/%2 angemeldet, nicht wie eingerichtet als %3/%4.</translation>
    </message>
    <message>
        <source>The lane&apos;s credential could not be saved to %1: %2</source>
        <translation>Die Zugangsdaten der Kasse konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This lane is not enrolled yet (no credential file %1).</source>
        <translation>Diese Kasse ist noch nicht angemeldet (keine Zugangsdatei %1).</translation>
    </message>
    <message>
        <source>The credential file %1 can be read or changed by other users: it is not used. Make it readable by the lane&apos;s user only (chmod 600) or enrol the lane again.</source>
        <translation>Die Zugangsdatei %1 kann von anderen Benutzern gelesen oder geändert werden und wird daher nicht verwendet. Nur für den Benutzer der Kasse lesbar machen (chmod 600) oder die Kasse neu anmelden.</translation>
    </message>
    <message>
        <source>The credential file %1 cannot be read.</source>
        <translation>Die Zugangsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The credential file %1 is damaged: enrol the lane again.</source>
        <translation>Die Zugangsdatei %1 ist beschädigt: Die Kasse bitte neu anmelden.</translation>
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
<context>
    <name>TcpTransport</name>
    <message>
        <source>The device at %1 does not answer: %2</source>
        <translation>Das Gerät unter %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation>Die Verbindung zu %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>Schreiben an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 stopped taking data (%2 bytes not sent): %3</source>
        <translation>%1 nimmt keine Daten mehr an (%2 Bytes nicht gesendet): %3</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>There is no theme called &quot;%1&quot;; use default or high-contrast.</source>
        <translation>Es gibt kein Design „%1“; verwenden Sie default oder high-contrast.</translation>
    </message>
</context>
<context>
    <name>ToledoProtocol</name>
    <message>
        <source>The scale sent an answer the lane cannot read. Check that the scale is set to the Toledo 8217 protocol in kilograms, 9600 baud, 7 data bits, even parity.</source>
        <translation>Die Waage hat eine Antwort gesendet, die die Kasse nicht lesen kann. Prüfen Sie, ob die Waage auf das Protokoll Toledo 8217 in Kilogramm, 9600 Baud, 7 Datenbits, gerade Parität eingestellt ist.</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>in motion</source>
        <translation>in Bewegung</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>under zero</source>
        <translation>unter null</translation>
    </message>
    <message>
        <source>no weight</source>
        <translation>kein Gewicht</translation>
    </message>
</context>
<context>
    <name>UsbDevice</name>
    <message>
        <source>The printer&apos;s device id is not readable: &quot;%1&quot;.</source>
        <translation>Die Geräte-ID des Druckers ist nicht lesbar: „%1“.</translation>
    </message>
    <message>
        <source>The printer sent no device id.</source>
        <translation>Der Drucker hat keine Geräte-ID gesendet.</translation>
    </message>
    <message>
        <source>USB support (libusb) could not start: %1</source>
        <translation>Die USB-Unterstützung (libusb) konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the kernel driver could not be detached: %1</source>
        <translation>der Kernel-Treiber konnte nicht abgekoppelt werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB id: use the four hex digits lsusb shows (&quot;ID 04b8:0e15&quot; is vendor 04b8, product 0e15).</source>
        <translation>„%1“ ist keine USB-ID: Verwenden Sie die vier Hex-Ziffern, die lsusb anzeigt („ID 04b8:0e15“ bedeutet Hersteller 04b8, Produkt 0e15).</translation>
    </message>
    <message>
        <source>The USB vendor id 0000 belongs to no device maker.</source>
        <translation>Die USB-Hersteller-ID 0000 gehört zu keinem Gerätehersteller.</translation>
    </message>
    <message>
        <source>No USB device %1 is connected. Check the cable and the power, and compare the ids with the output of lsusb.</source>
        <translation>Kein USB-Gerät %1 angeschlossen. Prüfen Sie Kabel und Stromversorgung und vergleichen Sie die IDs mit der Ausgabe von lsusb.</translation>
    </message>
    <message>
        <source>This lane may not use the USB device %1. Install the Retail OS udev rules (60-retailos-pos.rules), add the lane&apos;s user to the group &quot;retailos&quot;, then unplug the device and plug it in again.</source>
        <translation>Diese Kasse darf das USB-Gerät %1 nicht verwenden. Installieren Sie die udev-Regeln von Retail OS (60-retailos-pos.rules), nehmen Sie den Benutzer der Kasse in die Gruppe „retailos“ auf, und stecken Sie dann das Gerät aus und wieder ein.</translation>
    </message>
    <message>
        <source>The USB device %1 is held by another driver (the kernel printer driver usblp, or CUPS) and could not be taken over. Remove its CUPS queue or unload usblp, then try again.</source>
        <translation>Das USB-Gerät %1 ist von einem anderen Treiber belegt (dem Kernel-Druckertreiber usblp oder CUPS) und konnte nicht übernommen werden. Entfernen Sie seine CUPS-Warteschlange oder entladen Sie usblp, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The USB device %1 was unplugged or switched off.</source>
        <translation>Das USB-Gerät %1 wurde getrennt oder ausgeschaltet.</translation>
    </message>
    <message>
        <source>The USB device %1 did not respond in time.</source>
        <translation>Das USB-Gerät %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Talking to the USB device %1 failed.</source>
        <translation>Die Kommunikation mit dem USB-Gerät %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The USB device %1 has no printer interface (no printer-class or vendor interface with a bulk output). Check the vendor and product ids.</source>
        <translation>Das USB-Gerät %1 hat keine Druckerschnittstelle (keine Schnittstelle der Druckerklasse oder des Herstellers mit Bulk-Ausgang). Prüfen Sie Hersteller- und Produkt-ID.</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes had been sent.</source>
        <translation>%1 von %2 Bytes waren bereits gesendet.</translation>
    </message>
    <message>
        <source>%1 stopped taking data (%2 of %3 bytes sent).</source>
        <translation>%1 nimmt keine Daten mehr an (%2 von %3 Bytes gesendet).</translation>
    </message>
    <message>
        <source>%1 is a one-way USB printer: it cannot report its status.</source>
        <translation>%1 ist ein USB-Drucker ohne Rückkanal: Er kann seinen Status nicht melden.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>WedgeSim</name>
    <message>
        <source>The keyboard map has no key for &apos;%1&apos;.</source>
        <translation>Die Tastaturbelegung hat keine Taste für &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A keyboard-wedge barcode scanner: types each CODE (or each line of stdin) into the focused window on the X display, then Enter. One JSON line per code.</source>
        <translation>Ein Keyboard-Wedge-Barcodescanner: Tippt jeden CODE (oder jede Zeile von stdin) in das fokussierte Fenster auf dem X-Display, danach Enter. Eine JSON-Zeile je Code.</translation>
    </message>
    <message>
        <source>X display (default: $DISPLAY).</source>
        <translation>X-Display (Standard: $DISPLAY).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Milliseconds between keys, MIN-MAX (default 4-12, a scanner; 80-150 types like a person).</source>
        <translation>Millisekunden zwischen den Tasten, MIN-MAX (Standard 4-12, wie ein Scanner; 80-150 tippt wie ein Mensch).</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Wait this long before the first code (default 0).</source>
        <translation>So viele ms vor dem ersten Code warten (Standard 0).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Codes to type; none: read them from stdin.</source>
        <translation>Zu tippende Codes; keine: von stdin lesen.</translation>
    </message>
    <message>
        <source>--gap-ms: expected MIN-MAX in milliseconds, such as 4-12</source>
        <translation>--gap-ms: MIN-MAX in Millisekunden erwartet, etwa 4-12</translation>
    </message>
    <message>
        <source>Cannot open the X display %1.</source>
        <translation>Das X-Display %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The X display has no XTEST extension: keys cannot be typed into it.</source>
        <translation>Das X-Display hat keine XTEST-Erweiterung: Es können keine Tasten eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>retailos::ui::AccountDialog</name>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>Nummer der Geschenkkarte</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Nummer der Gutschrift</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Scan or type the number first.</source>
        <translation>Scannen Sie zuerst die Nummer oder geben Sie sie ein.</translation>
    </message>
</context>
<context>
    <name>retailos::ui::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Freigabe durch Kassenaufsicht</translation>
    </message>
    <message>
        <source>%1 needs a supervisor.</source>
        <translation>%1 erfordert eine Freigabe der Kassenaufsicht.</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>Code der Aufsicht</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>retailos::ui::BasketModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>age limit</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>(price changed)</source>
        <translation>(Preis geändert)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>void</source>
        <translation>Storno</translation>
    </message>
</context>
<context>
    <name>retailos::ui::CardDialog</name>
    <message>
        <source>Card payment</source>
        <translation>Kartenzahlung</translation>
    </message>
    <message>
        <source>Key the amount on the card terminal and let the customer pay. Then type what the terminal shows.</source>
        <translation>Geben Sie den Betrag am Kartenterminal ein und lassen Sie den Kunden bezahlen. Tragen Sie dann die Angaben vom Terminal ein.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Genehmigungsnummer</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Terminal-Referenz</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>Letzte 4 Ziffern</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Type the last 4 digits of the card as the terminal shows them.</source>
        <translation>Geben Sie die letzten 4 Kartenziffern vom Terminal ein.</translation>
    </message>
</context>
<context>
    <name>retailos::ui::CustomerDisplayFeed</name>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Auf Wiedersehen</translation>
    </message>
</context>
<context>
    <name>retailos::ui::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>retailos::ui::Keypad</name>
    <message>
        <source>⌫</source>
        <comment>backspace key</comment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>retailos::ui::LaneWindow</name>
    <message>
        <source>Retail OS · lane %1</source>
        <translation>Retail OS · Kasse %1</translation>
    </message>
    <message>
        <source>A sale is open. Sign in to go on with it.</source>
        <translation>Ein Verkauf ist offen. Melden Sie sich an, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>Sign in first: the scan of %1 was not taken.</source>
        <translation>Bitte zuerst anmelden: Scan von %1 nicht übernommen.</translation>
    </message>
    <message>
        <source>Finish the payment first (Esc goes back to the basket).</source>
        <translation>Schließen Sie zuerst die Zahlung ab (Esc: zurück zum Warenkorb).</translation>
    </message>
    <message>
        <source>Lane locked. The open sale waits for the next sign-in.</source>
        <translation>Kasse gesperrt. Der offene Verkauf wartet auf die nächste Anmeldung.</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Scan / code + Enter</source>
        <translation>Scan / Code + Enter</translation>
    </message>
    <message>
        <source>Sell the item</source>
        <translation>Artikel verkaufen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Find by name; Up/Down, Enter</source>
        <translation>Namenssuche; ↑/↓, Enter</translation>
    </message>
    <message>
        <source>3* then scan</source>
        <translation>3*, dann Scan</translation>
    </message>
    <message>
        <source>Sell 3</source>
        <translation>3 Stück verkaufen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Find item</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Quantity of the selected line</source>
        <translation>Menge der Position</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>F5 / Shift+F5</source>
        <translation>F5 / Shift+F5</translation>
    </message>
    <message>
        <source>Discount on the line / the sale</source>
        <translation>Rabatt Position / Verkauf</translation>
    </message>
    <message>
        <source>F6 / Delete</source>
        <translation>F6 / Entf</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Position stornieren</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Park / resume sale</source>
        <translation>Parken / fortsetzen</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Bonkopie drucken</translation>
    </message>
    <message>
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <source>F11 / Ctrl+L</source>
        <translation>F11 / Ctrl+L</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back out one step</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Cash: the typed amount, or exact</source>
        <translation>Bar: Betrag oder passend</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Exact cash</source>
        <translation>Bar passend</translation>
    </message>
    <message>
        <source>F6 F7 F8</source>
        <translation>F6 F7 F8</translation>
    </message>
    <message>
        <source>Quick cash notes</source>
        <translation>Geldscheine (Schnellwahl)</translation>
    </message>
    <message>
        <source>F2 / F3 / F4</source>
        <translation>F2 / F3 / F4</translation>
    </message>
    <message>
        <source>Card / gift card / store credit</source>
        <translation>Karte / Geschenkkarte / Guthaben</translation>
    </message>
    <message>
        <source>Take back the last payment</source>
        <translation>Letzte Zahlung zurücknehmen</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Zurück zum Warenkorb</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sync nicht eingerichtet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sync läuft</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to send</source>
        <translation>
            <numerusform>%1 · %n zu senden</numerusform>
            <numerusform>%1 · %n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices: receipts on screen only</source>
        <translation>Keine Geräte: Bons nur am Bildschirm</translation>
    </message>
    <message>
        <source>Devices ready</source>
        <translation>Geräte bereit</translation>
    </message>
    <message>
        <source>Locked after a time without use. The open sale waits for the next sign-in.</source>
        <translation>Nach längerer Inaktivität gesperrt. Der offene Verkauf wartet auf die nächste Anmeldung.</translation>
    </message>
    <message>
        <source>%1 · lane %2</source>
        <translation>%1 · Kasse %2</translation>
    </message>
    <message>
        <source>Signed out · lane %1</source>
        <translation>Abgemeldet · Kasse %1</translation>
    </message>
    <message>
        <source>No printer: the receipt is on screen only.</source>
        <translation>Kein Drucker: Der Bon wird nur am Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>Receipt %1 did not print: %2 F9 prints a copy of the last receipt.</source>
        <translation>Bon %1 wurde nicht gedruckt: %2 F9 druckt eine Kopie des letzten Bons.</translation>
    </message>
    <message>
        <source>The cash drawer has been open for %1 s. Please close it.</source>
        <translation>Die Kassenlade ist seit %1 s offen. Bitte schließen Sie sie.</translation>
    </message>
</context>
<context>
    <name>retailos::ui::ReceiptPage</name>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Enter
Next customer</source>
        <translation>Enter
Nächster Kunde</translation>
    </message>
    <message>
        <source>Receipt copy %1</source>
        <translation>Bonkopie %1</translation>
    </message>
    <message>
        <source>Sale complete · receipt %1</source>
        <translation>Verkauf abgeschlossen · Bon %1</translation>
    </message>
    <message>
        <source>Ctrl+S
Save as PDF</source>
        <translation>Strg+S
Als PDF speichern</translation>
    </message>
    <message>
        <source>Ctrl+T
Save as text</source>
        <translation>Strg+T
Als Text speichern</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>retailos::ui::SalePage</name>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Scan, or type a barcode, PLU or name</source>
        <translation>Scannen oder Barcode, PLU oder Namen eingeben</translation>
    </message>
    <message>
        <source>Item code or name</source>
        <translation>Artikelcode oder Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>F1
Help</source>
        <translation>F1
Hilfe</translation>
    </message>
    <message>
        <source>F3
Quantity</source>
        <translation>F3
Menge</translation>
    </message>
    <message>
        <source>F4
Price</source>
        <translation>F4
Preis</translation>
    </message>
    <message>
        <source>F5
Discount</source>
        <translation>F5
Rabatt</translation>
    </message>
    <message>
        <source>F6
Void line</source>
        <translation>F6
Pos.-Storno</translation>
    </message>
    <message>
        <source>F7
Park</source>
        <translation>F7
Parken</translation>
    </message>
    <message>
        <source>F8
Void sale</source>
        <translation>F8
Bonstorno</translation>
    </message>
    <message>
        <source>F9
Reprint</source>
        <translation>F9
Bonkopie</translation>
    </message>
    <message>
        <source>F10
No sale</source>
        <translation>F10
Lade öffnen</translation>
    </message>
    <message>
        <source>F12
Pay</source>
        <translation>F12
Zahlen</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>No scale is connected. Weigh the item and type its weight in kg.</source>
        <translation>Keine Waage angeschlossen. Bitte Artikel wiegen und Gewicht in kg eingeben.</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>Altersprüfung</translation>
    </message>
    <message>
        <source>%1 may only be sold to customers aged %2 or over.

Is the customer born on or before %3?</source>
        <translation>%1 darf nur an Kunden ab %2 Jahren verkauft werden.

Ist der Kunde am %3 oder früher geboren?</translation>
    </message>
    <message>
        <source>Yes, old enough</source>
        <translation>Ja, alt genug</translation>
    </message>
    <message>
        <source>No, remove item</source>
        <translation>Nein, entfernen</translation>
    </message>
    <message>
        <source>Removing an item</source>
        <translation>Das Entfernen eines Artikels</translation>
    </message>
    <message>
        <source>%1 removed: age check not passed.</source>
        <translation>%1 entfernt: Altersprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation>inkl. MwSt. %1</translation>
    </message>
    <message>
        <source>plus tax %1</source>
        <translation>zzgl. MwSt. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Next item × %1</source>
        <translation>Nächster Artikel × %1</translation>
    </message>
    <message>
        <source>Select a line first (Up/Down), or type &quot;3*&quot; before a scan to sell 3.</source>
        <translation>Wählen Sie zuerst eine Position (↑/↓) oder geben Sie vor dem Scan „3*“ ein, um 3 Stück zu verkaufen.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>New quantity for %1</source>
        <translation>Neue Menge für %1</translation>
    </message>
    <message>
        <source>Changing a quantity</source>
        <translation>Das Ändern einer Menge</translation>
    </message>
    <message>
        <source>Select the line whose price changes (Up/Down).</source>
        <translation>Wählen Sie die Position, deren Preis sich ändert (↑/↓).</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>New unit price for %1</source>
        <translation>Neuer Einzelpreis für %1</translation>
    </message>
    <message>
        <source>Changing a price</source>
        <translation>Das Ändern eines Preises</translation>
    </message>
    <message>
        <source>Nothing to discount yet.</source>
        <translation>Noch nichts zu rabattieren.</translation>
    </message>
    <message>
        <source>the whole sale</source>
        <translation>den ganzen Verkauf</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Discount on %1: type an amount, or a percentage like 10 %</source>
        <translation>Rabatt auf %1: Geben Sie einen Betrag oder einen Prozentsatz wie 10 % ein</translation>
    </message>
    <message>
        <source>This discount</source>
        <translation>Dieser Rabatt</translation>
    </message>
    <message>
        <source>Select the line to void (Up/Down).</source>
        <translation>Wählen Sie die zu stornierende Position (↑/↓).</translation>
    </message>
    <message>
        <source>Voiding a line</source>
        <translation>Das Stornieren einer Position</translation>
    </message>
    <message>
        <source>Every line is void: nothing to park. F8 clears the sale.</source>
        <translation>Alle Positionen sind storniert: nichts zu parken. F8 leert den Verkauf.</translation>
    </message>
    <message>
        <source>Sale parked. F7 brings it back.</source>
        <translation>Verkauf geparkt. F7 holt ihn zurück.</translation>
    </message>
    <message>
        <source>No parked sales.</source>
        <translation>Keine geparkten Verkäufe.</translation>
    </message>
    <message>
        <source>There is no sale to void.</source>
        <translation>Es gibt keinen Verkauf zum Stornieren.</translation>
    </message>
    <message>
        <source>Sale cleared.</source>
        <translation>Verkauf geleert.</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Why is the whole sale voided?</source>
        <translation>Warum wird der ganze Verkauf storniert?</translation>
    </message>
    <message>
        <source>Voiding the sale</source>
        <translation>Das Stornieren des Verkaufs</translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation>Verkauf storniert.</translation>
    </message>
    <message>
        <source>This lane has no receipt yet.</source>
        <translation>Diese Kasse hat noch keinen Bon.</translation>
    </message>
    <message>
        <source>A sale is open: the drawer opens when it is paid.</source>
        <translation>Ein Verkauf ist offen: Die Kassenlade öffnet sich beim Bezahlen.</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <source>Why does the drawer open?</source>
        <translation>Warum wird die Kassenlade geöffnet?</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation>Das Öffnen der Kassenlade ohne Verkauf</translation>
    </message>
    <message>
        <source>No-sale recorded in the journal.</source>
        <translation>Öffnen der Kassenlade im Journal erfasst.</translation>
    </message>
    <message>
        <source>Nothing to pay yet: scan an item first.</source>
        <translation>Noch nichts zu bezahlen: Scannen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Every line is void: nothing to pay. F8 clears the sale.</source>
        <translation>Alle Positionen sind storniert: nichts zu bezahlen. F8 leert den Verkauf.</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>key for: yes, old enough</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <comment>key for: no, remove item</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>retailos::ui::ScaleReader</name>
    <message>
        <source>Place the item on the scale, or type its weight in kg.</source>
        <translation>Bitte Artikel auf die Waage legen oder Gewicht in kg eingeben.</translation>
    </message>
    <message>
        <source>Waiting for the scale to settle…</source>
        <translation>Warten auf stabiles Gewicht…</translation>
    </message>
    <message>
        <source>Too heavy for the scale. Weigh it elsewhere and type the weight in kg.</source>
        <translation>Zu schwer für die Waage. Bitte anderswo wiegen und Gewicht in kg eingeben.</translation>
    </message>
    <message>
        <source>The scale shows less than zero: empty it and zero it, or type the weight in kg.</source>
        <translation>Die Waage zeigt weniger als null: Bitte Waage leeren und auf null stellen oder Gewicht in kg eingeben.</translation>
    </message>
    <message>
        <source>%1 Type the weight in kg.</source>
        <translation>%1 Bitte Gewicht in kg eingeben.</translation>
    </message>
    <message>
        <source>Take the last item off the scale, then put this one on.</source>
        <translation>Bitte den letzten Artikel von der Waage nehmen und dann diesen auflegen.</translation>
    </message>
</context>
<context>
    <name>retailos::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>retailos::ui::SuspendedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) · %2 · cashier %3</source>
        <translation>
            <numerusform>%1 · %n Artikel · %2 · Kass. %3</numerusform>
            <numerusform>%1 · %n Artikel · %2 · Kass. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>retailos::ui::TenderPage</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Cash received (empty: exact amount)</source>
        <translation>Bar erhalten (leer = passend)</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Bar erhalten</translation>
    </message>
    <message>
        <source>F5
Exact cash</source>
        <translation>F5
Bar passend</translation>
    </message>
    <message>
        <source>F2
Card</source>
        <translation>F2
Karte</translation>
    </message>
    <message>
        <source>F3
Gift card</source>
        <translation>F3
Geschenkkarte</translation>
    </message>
    <message>
        <source>F4
Store credit</source>
        <translation>F4
Guthaben</translation>
    </message>
    <message>
        <source>F9
Take back payment</source>
        <translation>F9
Zahlung zurück</translation>
    </message>
    <message>
        <source>Esc
Back to basket</source>
        <translation>Esc
Zum Warenkorb</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>%1 (cash %2)</source>
        <translation>%1 (bar %2)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Gift card …%1</source>
        <translation>Geschenkkarte …%1</translation>
    </message>
    <message>
        <source>Store credit …%1</source>
        <translation>Guthaben …%1</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>F%1
%2</source>
        <translation>F%1
%2</translation>
    </message>
    <message>
        <source>%1 Press Esc, then F5 (line) or Shift+F5 (sale) to have it approved again.</source>
        <translation>%1 Drücken Sie Esc, dann F5 (Position) oder Shift+F5 (Verkauf), um ihn erneut freigeben zu lassen.</translation>
    </message>
    <message>
        <source>No payment to take back.</source>
        <translation>Keine Zahlung zum Zurücknehmen.</translation>
    </message>
    <message>
        <source>Taking back a payment</source>
        <translation>Das Zurücknehmen einer Zahlung</translation>
    </message>
    <message>
        <source>Card reversal</source>
        <translation>Kartenstorno</translation>
    </message>
    <message>
        <source>Reverse %1 on the card terminal, then type its reversal reference.</source>
        <translation>Stornieren Sie %1 am Kartenterminal und geben Sie dann die Storno-Referenz ein.</translation>
    </message>
    <message>
        <source>Type the reference the terminal printed for the reversal.</source>
        <translation>Geben Sie die Referenz ein, die das Terminal für das Storno gedruckt hat.</translation>
    </message>
    <message>
        <source>%1 Press Enter to try again.</source>
        <translation>%1 Drücken Sie Enter, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Payments have been taken: finish paying, or take them back first (F9).</source>
        <translation>Es gibt schon Zahlungen: Zahlen Sie fertig oder nehmen Sie sie zuerst zurück (F9).</translation>
    </message>
</context>
<context>
    <name>retailos::ui::ValueDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
