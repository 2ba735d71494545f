<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Usage: retailos COMMAND
  catalogue init --db FILE              create a replica with the demo tax classes
  catalogue generate --items N --db FILE | --csv FILE
  catalogue import --db FILE [--skip-bad] CSV
  lookup --db FILE CODE...              find items by barcode, PLU or store code
  search --db FILE WORDS                find items by name
  --version</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Database</name>
    <message>
        <source>This database was written by a newer Retail OS (schema %1, this program knows %2). Update the program before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be saved. Free some space and try again.</source>
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
    <name>Sale</name>
    <message>
        <source>The saved sale is damaged (field %1).</source>
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
</TS>
