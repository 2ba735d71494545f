<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalFlow</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>Unknown symbology identifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode rule for prefix %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix must be digits starting with 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has 1 to 6 digits, and 4 or 5 with a check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has 0 to 6 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item digits overlap the prefix or the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price check digit should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight check digit should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule for UPC-A prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule for prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown GS1 application identifier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) must have %2 characters, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) must have %2 to %3 characters, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) needs a digit where it has “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) contains “%2”, which GS1 does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit of GS1 element (%1) should be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) has “%2”, which is not a date (YYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) appears twice with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 elements (%1) and (%2) cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 barcode contains no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 data ends in the middle of an application identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) is cut short: it needs %2 characters, only %3 follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 element (%1) runs past its %2 characters; a separator (GS) is missing after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an application identifier in brackets at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN has digits only; this code contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits; this code has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EAN/UPC barcode has 6, 7, 8, 12 or 13 digits; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent a symbology identifier but no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EAN/UPC barcode has digits only; this one contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GS1 barcode has no GTIN (01) to look the item up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode is priced in currency %1, not in the till&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price in this barcode is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the add-on of this barcode was read; scan the main barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EAN-8 barcode has 8 digits; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a barcode or store code: it contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store code has at most %1 characters; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a barcode or store code this till knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPC-E code has digits only; this code contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPC-E code has 6, 7 or 8 digits; this code has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPC-E code starts with 0 or 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>This drawer has no open sensor, so the till cannot tell whether it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer was sent the signal to open but its sensor still reads closed. Check the drawer cable, or open it with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer&apos;s sensor did not answer, so the till cannot tell whether it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drawer sensor setting; use one of: none, open_high, open_low.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>No item has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the PLU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a normalised barcode (GTIN-14 or store code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PLU (1 to 6 digits, no leading zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PLU %1 already belongs to SKU %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to SKU %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department %1 has no items to sell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <source>this code is read as a PLU (by its length or its label rule); put the PLU in the plu column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the GTIN alone, not a GS1 element string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; expected a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the required column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SKU of 1 to 64 printable characters is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name of 1 to 200 printable characters is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department of 1 to 64 characters is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tax class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit must be &quot;each&quot; or &quot;kg&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PLU has %1 to %2 digits, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age limit must be a whole number from 0 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date such as 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date such as 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU %1 with this price start already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no price in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not returnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store whose prices apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment for prices (ISO 8601); default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale for amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write catalogue CSV to this file instead of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--items must be a whole number from 0 to 50000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 products to %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --db FILE or --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 products into %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its tax classes; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the demo tax classes and departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows even if some rows are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of rows without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos catalogue import --db FILE [--skip-bad] CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows are bad; nothing was imported. Fix them or use --skip-bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 skipped) in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most results to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or beginnings of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes, PLUs or store codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos search --db FILE WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos lookup --db FILE CODE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (label price %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (label weight %1 g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos catalogue init|generate|import ...</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Unknown printer code page “%1”; use CP437, CP850, CP858 or CP1252</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: misplaced quote character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CupsTransport</name>
    <message>
        <source>The print service address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print service at %1 is not running or does not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the print service for %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 does not exist (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print service refused a job for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print service did not take the receipt for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the receipt to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print service did not accept the receipt for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 on %2 was sent, but its state cannot be read (%3); check the printer before printing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 on %2 was %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 on %2 is still %3 in the print queue (%4); it may still print, check the printer before printing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot answer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print service does not answer for the queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 does not accept jobs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>The customer display does not take data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer display cannot report its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer display on %1 is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer display protocol; use one of: epson, cd5220.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer Retail OS (schema %1, this program knows %2). Update the program before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while saving %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; %1 could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Call support before selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Retail OS lane database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be put in WAL mode; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not accept synchronous=FULL; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not enforce foreign keys; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoShift</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in as 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cashier 1001 (PIN 1234) could not sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning milk, soap, 3 × milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bananas by PLU, weighed by hand: 0.750 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red wine: age check confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barcode with a wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay: F12, then 50 in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane locked; shift done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the simulator&apos;s pipe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning milk, soap, 3 × milk with the scanner simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bananas by PLU on the scale simulator: 0.750 kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceClaim</name>
    <message>
        <source>%1 on %2 is in use by another program (process %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplaySimulator</name>
    <message>
        <source>A simulated 2x20 customer display on a pseudo terminal. Prints {&quot;pty&quot;:PATH}, then {&quot;line1&quot;:...,&quot;line2&quot;:...} after every change. Stop it with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command set: epson (ESC/POS customer display) or cd5220.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol must be epson or cd5220.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerSimulator</name>
    <message>
        <source>Unknown command &quot;%1&quot;; use open, close, stuck on or stuck off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated cash drawer on a pseudo terminal. Prints {&quot;pty&quot;:PATH}, then a JSON line per kick and per state change. Commands on stdin: open, close, stuck on, stuck off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close by itself this many ms after a kick (default 2000; 0: stay open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on a kick but never close by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensor pin is low while the drawer is open (answers &apos;0&apos; when open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--closes-after needs a number of milliseconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscPosStatus</name>
    <message>
        <source>The printer answered the status request with 0x%1, which is not ESC/POS status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot answer back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HidPosScanner</name>
    <message>
        <source>The USB scanner sent a report this lane cannot read (%1); scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, at least %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data bytes announced, room for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no AIM symbology identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts of two different codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB scanner %1 is not in HID POS mode (it offers no bar code scanner interface). Scan the &quot;USB HID POS&quot; programming code from its manual, or set it up as a keyboard-wedge scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB scanner %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB scanner sent only part of a code; scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Type an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; type it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight; type kilograms like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The lane id &quot;%1&quot; is not valid for the journal (1-64 characters, no surrounding spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key of lane %1 is not the one its journal was started with. Restore the lane&apos;s key file or call support; do not sell on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record cannot change the grand total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grand total of lane %1 would overflow; call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 has no journal key registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal key registered for lane %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record in the place of #%1 is record #%2 of lane %3, not of lane %4 (spliced in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hash or the signature has the wrong length (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match its hash (the record was edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first record does not start the chain (records before it were cut off or it comes from elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not chain to record #%1 (spliced in or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grand total %1 is not the previous total %2 plus the amount %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the lane key (re-hashed after an edit, or signed with another key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hash %1 is not the %2 recorded for it elsewhere (history rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal ends at record #%1 but record #%2 is known to exist (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #1 is missing: the journal starts at #%1 (its start was cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #%1 is missing: #%2 follows #%3 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #%1 appears again where #%2 was expected (duplicated or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: 0 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 records, last #%2 hash %3, grand total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED before record #1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED at record #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal export could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Retail OS journal export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has format version %1; this verifier reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export header has no lane id or public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was made with key %1, not the lane&apos;s key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a JSON object (damaged or cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the field &quot;%2&quot; is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #%1 is out of order: #%2 comes before it (reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cryptographic error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lane public key has 32 bytes, this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane public key is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane public key is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane key&apos;s public half cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lane signing key could not be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key is damaged or not a private key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 can be used by other users. Make it readable by its owner only (chmod 600) and call support: the key may have been copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 already exists; it is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key could not be encoded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 cannot be made private: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane signing key %1 could not be restricted to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal record could not be signed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies a Retail OS lane journal: numbering, hash chain, grand totals and signatures. Names the first bad record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane database to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane whose journal to verify (with --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal export (JSON lines); - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane&apos;s public key (base64), from the server or the lane&apos;s registration. Without it the key in the database or export is used, which proves consistency but not origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sequence number known from a Z report or the server: detects a truncated journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash (hex) of record --expect-last as recorded elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --db FILE --lane ID, or --export FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-last needs a sequence number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-hash needs --expect-last and 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: checked with the key stored alongside the journal (%1); give --key to prove the lane signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: records cut off the end cannot be seen in the chain; compare the last record with the Z report or the server, or give --expect-last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneApp</name>
    <message>
        <source>The lane database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default or high-contrast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A normal window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up figures once ready, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scripted shift, screenshots into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo scans through this simulator pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo weighs through this simulator pipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneCli</name>
    <message>
        <source>The lane database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script of cashier actions (&apos;-&apos;: stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on after a failing command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos lane --script FILE [--db FILE] [--keep-going]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the open basket (%1 lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person types to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier, supervisor, store_manager or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos staff add --code C --name N --role R --pin P [--db FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the lane has this many receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos lane --script FILE | retailos staff add ... | retailos lane-sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the database is a test one: the simulator adds a test supervisor and sells random baskets into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane-sim writes test staff and random sales; give --simulation to confirm the database is a test one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneDevices</name>
    <message>
        <source>Printer: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer (no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: paper low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer open for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale shows no weight (a zero error): empty it and zero it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer unplugged (USB %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer state unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneScript</name>
    <message>
        <source>Wrong arguments for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a total of %1, the lane shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sale %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to be represented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The amount &quot;%1&quot; has too many decimals: %2 allows %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An amount can only be split by non-negative weights with a positive sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; expected a number such as 2 or 1.250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; has more than three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash rounding increment must be at least one minor unit, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a discount over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override an age check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and close a till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission action</name>
    <message>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a discount over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override an age check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open or close a till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterDeviceText</name>
    <message>
        <source>status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is %1; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped answering; check the receipt and print a copy if it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer became %1 during the receipt; check it and print a copy if the receipt is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer cannot report its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterKickDrawer</name>
    <message>
        <source>The drawer pin must be 2 or 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer pulse times must be between 2 and 510 ms (on %1 ms, off %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: its printer is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer&apos;s printer is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: the printer is %1, and many printers hold the drawer signal until they are ready again. Use the drawer key meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: the printer did not take the signal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot report the drawer sensor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSimulator</name>
    <message>
        <source>A simulated ESC/POS receipt printer on 127.0.0.1. Prints {&quot;listening&quot;:PORT} on stdout, then one JSON line per receipt, drawer kick and status request. Stop it with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (default 9100; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the printed receipts (001.txt, 001.png, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start out of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the paper near its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the cover open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at most this many bytes a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the first connection after this many bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also take bytes from a pseudo terminal, as a serial printer; its path is printed as {&quot;pty&quot;:PATH}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slow needs a number of bytes per second, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drop-after needs a number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer kick on pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic status back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command ignored at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter out of range at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command cut off by the end of the data at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for printed receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image for receipt %1: the simulator runs without a QGuiApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128 data must start with a code set ({A, {B or {C) and hold only characters of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode takes %1 or %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator does not draw %1 barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes do not fit a QR code at error correction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer on the kick port closes by itself this many ms after a kick (default: it stays open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer opens on a kick but never closes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drawer-closes-after needs a number of milliseconds, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtyPort</name>
    <message>
        <source>The simulator cannot open a pseudo terminal (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasterImage</name>
    <message>
        <source>The receipt logo “%1” does not exist; check devices.printer.logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt logo “%1” is %2×%3 pixels; at most %4×%4 is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt logo “%1” is not an image that can be read (%2); use a PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Shelf price differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer does not want it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer cannot pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer pays another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you for shopping with us!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (auth %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg × %2/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price changed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1 tax %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptExport</name>
    <message>
        <source>The receipts folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be drawn as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetailosAdmin</name>
    <message>
        <source>the server answered HTTP %1 without the protocol&apos;s error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1%2 (%3, HTTP %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1
Give the CA that signed it with --ca-file, and use the host name the certificate names in --server. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate key does not match --pin: %1
Either the server&apos;s key was replaced (ask its operator for the new pin) or this is not your server. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the server: %1
Check --server (host and port) and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time: %1
A write may or may not have been applied; running the same command again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with a redirect, which is never followed: %1
Put the server&apos;s real address in --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer was too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer was broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no terminals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as &quot;2026-12-01 06:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; expected a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price must end after it starts (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot;; the columns are sku, price, currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the required column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SKU of 1 to 64 printable characters is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad price &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU %1 already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1 to 64 characters without leading or trailing spaces, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day such as 2026-11-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, https://host:port (or RETAILOS_ADMIN_SERVER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate (or RETAILOS_ADMIN_CA_FILE); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 SHA-256 of the server&apos;s public key; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the admin token rta1.… (or RETAILOS_ADMIN_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retailos-admin: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server: give --server https://host:port or set RETAILOS_ADMIN_SERVER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address must start with https:// (the admin API is only served over TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retailos-admin: warning: %1 can be read by other users; chmod 600 it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no admin token: give --token-file FILE or set RETAILOS_ADMIN_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin token is not of the form rta1.&lt;id&gt;.&lt;secret&gt;; make one with `retailos-server admin-token create`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 created (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 unchanged: it already exists with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests 1 to %1 of %2 were written (%3 records written, %4 unchanged); request %5 and the ones after it were not. Fix the problem and run the same command again: what is already on the server is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 of %2 sent (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more; %1 bad rows in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows are bad; nothing was sent. Fix them or use --skip-bad-rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 bad: would send %3 departments, %4 products and %5 prices in %6 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 departments, %2 products and %3 prices from %4 rows (%5 bad rows skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1, unchanged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is required, e.g. --from &quot;2026-12-01 06:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every store (chain price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would schedule %1 prices for %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1 prices for %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is required: the start of the scheduled price to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the price of %1 %2 starting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled price of %1 %2 starts at %3; nothing was cancelled. Check --from, --time-zone and --store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  terminal:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  enrolment code:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valid until:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is shown only now. Enter it on the lane when it asks to be enrolled; it works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 of store %2 created (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a terminal id; `retailos-admin terminals list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enrolment code for terminal %1, for a replaced lane PC (a new journal key is accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enrolment code for terminal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is required (it goes into the security audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 revoked at %2. The lane keeps selling and keeps its unsent sales; it stops syncing until it is enrolled again with a new code (`retailos-admin terminals code %1`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is rejected or held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is tenant_admin, store_manager or analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store_manager token needs --stores a,b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-in-hours is 1 to 720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required: the new token is written there (mode 0600), never to the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 (%2) written to %3; valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a token id; `retailos-admin tokens list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 revoked; it works no more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sales of store %2 on %3 written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this store (default: every store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown to people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the good rows even when some rows are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and show what would be sent; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, e.g. &quot;2026-12-01 06:00&quot; (in --time-zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a store (and its scopes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a catalogue CSV (docs/catalogue-csv.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send the file&apos;s departments (they exist with names set otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a catalogue JSON body as written (tax rates, tax classes, named departments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a price change from a CSV of sku,price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a scheduled price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a terminal and its enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show terminals, their state and their lag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new enrolment code for a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a new journal key (a replaced lane PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (goes into the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the server refused (or holds) from one terminal or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (default) or held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags for HQ: overdrawn balances, over-returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an admin token (written to a file, never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant_admin, store_manager or analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores of a store_manager, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity, 1 to 720 hours (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for the new token (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s admin tokens (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an admin token at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one business day&apos;s sales of a store as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailos-admin [--server URL] [--ca-file F] [--pin SHA256] [--token-file F] [--json] &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The admin token is read from --token-file or RETAILOS_ADMIN_TOKEN, never from the command line.
`retailos-admin &lt;command&gt; --help` shows a command&apos;s options. Guide: docs/admin-guide.md
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retailos-admin: the token is never given on the command line (other users can read it in the process list); use --token-file FILE or RETAILOS_ADMIN_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retailos-admin: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retailos-admin: %1 %2 takes %3 argument(s): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetailosServer</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot settle held events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id must be the token&apos;s credential id (a uuid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no admin token %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cashier can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store manager can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the role “%1” can approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The saved sale is damaged (field %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reference may only hold its last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter exactly the last four digits of the card; a card number is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved (%1); the basket is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole quantity from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started; finish it or remove the payments before adding items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked from sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no price today. Call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is priced in %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh %1 or scan its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That weight is more than a lane can sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started; quantities are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labelled item&apos;s quantity comes from its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a weight above 0 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowering a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started; lines can no longer be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started; prices are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the new price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment has started; discounts are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be above 0 and at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the customer&apos;s age for %1 (%2+) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cash received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in cash is more than a lane accepts; check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount for the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card cannot pay more than the amount due (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal reference is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to take from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift card or store credit cannot pay more than the amount due (%1); the rest stays on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was NOT saved: %1 The basket is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a receipt copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane has no receipt number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale to park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale with payments cannot be parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or park the current sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for voiding the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is almost full (%1 MB free): no new sale can start. Finish the open sales and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval must come from someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s approval (permission %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be approved by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane cannot check approvals; %1 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale belongs to store %1 in %2; this lane sells for %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount on %1 grew to %2; a supervisor must approve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount on the sale grew to %1; a supervisor must approve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale can have at most %1 lines; complete this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 is beyond what a lane sells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash comes in steps of %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the authorisation code the card terminal printed (letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by the piece; key a quantity instead of a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labelled item&apos;s quantity comes from its label; scan each label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the card payment on the terminal first and enter its reversal reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price label typed in by hand sets its own price: scan it, or change the price with a supervisor (permission sale.price_override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units at a changed price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the later payments first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the payments first (hand back the cash, reverse the card), then void the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale is open: complete, park or void it before opening the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for opening the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleStore</name>
    <message>
        <source>The card %1 holds only %2; it cannot pay %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parked sale %1 (it may have been resumed on another lane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 is not known at this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments (%1) do not match the total (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is not a %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit needs an account, a kind, a positive amount and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 holds %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale needs the cashier who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleDevice</name>
    <message>
        <source>The weight did not settle. Let the item rest on the scale and weigh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale on %1 does not answer. Check that it is switched on, connected and set to the Toledo 8217 protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale on %1 was disconnected. Check its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale &quot;%1&quot; is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleSimulator</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated Toledo 8217 scale on a pseudo terminal. Prints {&quot;pty&quot;:PATH} on stdout, then takes commands on stdin, one a line: weight GRAMS, motion, stable, over, under, off, on. Reports every weight request answered. Stops at the end of stdin or with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grams on the platter at the start (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weight needs a number of grams from 0 to 999999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanFramer</name>
    <message>
        <source>The scanner sent a code longer than %1 characters; it was ignored. Scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent unreadable data (a loose cable or interference?); scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent an incomplete code; scan the item again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerDevice</name>
    <message>
        <source>The scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner &quot;%1&quot; is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner &quot;%1&quot; is not connected: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerSimulator</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated serial barcode scanner on a pseudo terminal. Prints {&quot;pty&quot;:PATH} on stdout, then takes commands on stdin, one a line: CODE, garbage, half CODE, double CODE. Stops at the end of stdin or with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the AIM symbology id before each code (]E0 EAN-13/UPC-A, ]E4 EAN-8, ]C1 GS1-128, ]C0 Code 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between characters (default 0: each code at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End codes with CR LF instead of CR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End codes with LF instead of CR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay-ms needs a number of milliseconds from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --crlf or --lf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialDrawer</name>
    <message>
        <source>The drawer status answer is set up wrongly: byte %1 of a %2-byte answer, mask 0x%3. The byte must lie in the answer and the mask must have a bit set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer answered %1 of the %2 status bytes expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of hex bytes such as &quot;07&quot; or &quot;1b 70 00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an odd number of hex digits; write each byte as two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer needs the bytes that open it (its trigger), for example 07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer did not open: the drawer on %1 is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialScanReader</name>
    <message>
        <source>The scanner on %1 is not connected. Check its cable; it is used again as soon as it is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>%1 baud is not a serial speed this lane supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a serial port: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped taking data (%2 bytes not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device on %1 was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Cannot read the configuration file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server speaks TLS only: name its certificate chain and private key (R-3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the database: a file path, sqlite:PATH or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;price&quot; or &quot;weight&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;plu&quot; or &quot;zeroed_barcode&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;ean13&quot; or &quot;upc_a&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 4217 code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a locale name such as de_DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;label&quot; and &quot;code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 keys fit on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCP printer needs its host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file printer needs the file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CUPS printer needs its raw queue&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its port, such as /dev/ttyUSB0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 4 hex digits as lsusb shows them, such as 04b8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;usb_vendor&quot; and &quot;usb_product&quot; (4 hex digits each, from lsusb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected up to %1 bytes as hex pairs, such as &quot;1b 70&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serial printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a USB printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2 or 5 (the kick connector&apos;s pins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie inside the answer (status_answer_bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one non-zero byte as hex, such as &quot;01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drawer on its own serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serial drawer needs the bytes that open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serial scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a USB scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected up to 16 characters from the first 256 (\u0002 for STX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimTool</name>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>A PIN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN hash iteration count must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not provide random numbers for a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PIN is not in a format this version can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this user is locked until %1 (in %n minute(s)). A manager can set a new PIN.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A user code has 1 to %1 characters, without spaces at either end or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name has 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user code %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s PIN cannot be checked by this version. A manager can set a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deactivated and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 (permission %3 missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Head office could not be reached (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office refused this lane&apos;s credential (%1): sales are kept here until the lane is enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office answered a sequence gap without a usable position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office holds this lane&apos;s events only up to number %1: the later ones are sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office holds different events under this lane&apos;s numbers: uploading stopped, call head office. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office could not store the events (HTTP %1 %2): they are sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s answer is not usable (%1 %2): the events are sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office acknowledged only up to event %1 of %2…%3: the rest is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s answer does not account for each event (%1): they are sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s answer to the enrolment is not usable (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office sent a credential this lane cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office does not accept this enrolment code: it is mistyped, used or expired. Ask head office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code is for another store, lane or lane PC (%1). Check the lane&apos;s store and lane, or ask head office for the right code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many enrolment attempts: wait 15 minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office could not enrol this lane (HTTP %1 %2): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s answer to the enrolment is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office enrolled this lane as %1/%2, not as the configured %3/%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane&apos;s credential could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane is not enrolled yet (no credential file %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file %1 can be read or changed by other users: it is not used. Make it readable by the lane&apos;s user only (chmod 600) or enrol the lane again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file %1 is damaged: enrol the lane again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>The tax class &quot;%1&quot; is not set up on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>The tax rate &quot;%1&quot; has an invalid rate of %2 parts per million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is configured twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt mixes amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tax rate &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate &quot;%1&quot; is applied twice to the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s amounts are too large to compute its tax.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>The device at %1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped taking data (%2 bytes not sent): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>There is no theme called &quot;%1&quot;; use default or high-contrast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToledoProtocol</name>
    <message>
        <source>The scale sent an answer the lane cannot read. Check that the scale is set to the Toledo 8217 protocol in kilograms, 9600 baud, 7 data bits, even parity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbDevice</name>
    <message>
        <source>The printer&apos;s device id is not readable: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer sent no device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB support (libusb) could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel driver could not be detached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB id: use the four hex digits lsusb shows (&quot;ID 04b8:0e15&quot; is vendor 04b8, product 0e15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB vendor id 0000 belongs to no device maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB device %1 is connected. Check the cable and the power, and compare the ids with the output of lsusb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane may not use the USB device %1. Install the Retail OS udev rules (60-retailos-pos.rules), add the lane&apos;s user to the group &quot;retailos&quot;, then unplug the device and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB device %1 is held by another driver (the kernel printer driver usblp, or CUPS) and could not be taken over. Remove its CUPS queue or unload usblp, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB device %1 was unplugged or switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB device %1 did not respond in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the USB device %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB device %1 has no printer interface (no printer-class or vendor interface with a bulk output). Check the vendor and product ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes had been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped taking data (%2 of %3 bytes sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a one-way USB printer: it cannot report its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WedgeSim</name>
    <message>
        <source>The keyboard map has no key for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyboard-wedge barcode scanner: types each CODE (or each line of stdin) into the focused window on the X display, then Enter. One JSON line per code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X display (default: $DISPLAY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between keys, MIN-MAX (default 4-12, a scanner; 80-150 types like a person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long before the first code (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to type; none: read them from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gap-ms: expected MIN-MAX in milliseconds, such as 4-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the X display %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X display has no XTEST extension: keys cannot be typed into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::AccountDialog</name>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the number first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::BasketModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>age limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(price changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::CardDialog</name>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key the amount on the card terminal and let the customer pay. Then type what the terminal shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last 4 digits of the card as the terminal shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::CustomerDisplayFeed</name>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::Keypad</name>
    <message>
        <source>⌫</source>
        <comment>backspace key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::LaneWindow</name>
    <message>
        <source>Retail OS · lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale is open. Sign in to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the scan of %1 was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the payment first (Esc goes back to the basket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane locked. The open sale waits for the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan / code + Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name; Up/Down, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3* then scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 / Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the line / the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6 / Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park / resume sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 / Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back out one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash: the typed amount, or exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6 F7 F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick cash notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 / F3 / F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card / gift card / store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No devices: receipts on screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after a time without use. The open sale waits for the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · lane %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out · lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer: the receipt is on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 did not print: %2 F9 prints a copy of the last receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash drawer has been open for %1 s. Please close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::ReceiptPage</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter
Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale complete · receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S
Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T
Save as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::SalePage</name>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a barcode, PLU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1
Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3
Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4
Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5
Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6
Void line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7
Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8
Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9
Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F10
No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12
Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scale is connected. Weigh the item and type its weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only be sold to customers aged %2 or over.

Is the customer born on or before %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, old enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed: age check not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next item × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line first (Up/Down), or type &quot;3*&quot; before a scan to sell 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quantity for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line whose price changes (Up/Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit price for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to discount yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1: type an amount, or a percentage like 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line to void (Up/Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line is void: nothing to park. F8 clears the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale parked. F7 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parked sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the whole sale voided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane has no receipt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale is open: the drawer opens when it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the drawer open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-sale recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay yet: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line is void: nothing to pay. F8 clears the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <comment>key for: yes, old enough</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>key for: no, remove item</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::ScaleReader</name>
    <message>
        <source>Place the item on the scale, or type its weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the scale to settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too heavy for the scale. Weigh it elsewhere and type the weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale shows less than zero: empty it and zero it, or type the weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Type the weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the last item off the scale, then put this one on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::SuspendedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s) · %2 · cashier %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::TenderPage</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received (empty: exact amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5
Exact cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2
Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3
Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4
Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9
Take back payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc
Back to basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cash %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Press Esc, then F5 (line) or Shift+F5 (sale) to have it approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse %1 on the card terminal, then type its reversal reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reference the terminal printed for the reversal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments have been taken: finish paying, or take them back first (F9).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retailos::ui::ValueDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
