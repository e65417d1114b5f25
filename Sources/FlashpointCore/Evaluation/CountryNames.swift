/// ISO 3166-1 countries: alpha-2, alpha-3 and English names (the first is the usual short name, the rest
/// common variants), one a line, tab-separated, variants joined by `|`. Kosovo (XK/XKX) and two former codes
/// (AN Netherlands Antilles, CS Serbia and Montenegro) are included because gazetteers still use them.
enum CountryNames {
    static let table = """
        AF	AFG	Afghanistan
        AX	ALA	Aland Islands|Åland Islands
        AL	ALB	Albania
        DZ	DZA	Algeria
        AS	ASM	American Samoa
        AD	AND	Andorra
        AO	AGO	Angola
        AI	AIA	Anguilla
        AQ	ATA	Antarctica
        AG	ATG	Antigua and Barbuda
        AR	ARG	Argentina
        AM	ARM	Armenia
        AW	ABW	Aruba
        AU	AUS	Australia
        AT	AUT	Austria
        AZ	AZE	Azerbaijan
        BS	BHS	Bahamas|The Bahamas
        BH	BHR	Bahrain
        BD	BGD	Bangladesh
        BB	BRB	Barbados
        BY	BLR	Belarus
        BE	BEL	Belgium
        BZ	BLZ	Belize
        BJ	BEN	Benin
        BM	BMU	Bermuda
        BT	BTN	Bhutan
        BO	BOL	Bolivia
        BQ	BES	Bonaire, Sint Eustatius and Saba|Caribbean Netherlands
        BA	BIH	Bosnia and Herzegovina
        BW	BWA	Botswana
        BV	BVT	Bouvet Island
        BR	BRA	Brazil
        IO	IOT	British Indian Ocean Territory
        VG	VGB	British Virgin Islands
        BN	BRN	Brunei|Brunei Darussalam
        BG	BGR	Bulgaria
        BF	BFA	Burkina Faso
        BI	BDI	Burundi
        CV	CPV	Cabo Verde|Cape Verde
        KH	KHM	Cambodia
        CM	CMR	Cameroon
        CA	CAN	Canada
        KY	CYM	Cayman Islands
        CF	CAF	Central African Republic|CAR
        TD	TCD	Chad
        CL	CHL	Chile
        CN	CHN	China
        CX	CXR	Christmas Island
        CC	CCK	Cocos Islands|Cocos (Keeling) Islands
        CO	COL	Colombia
        KM	COM	Comoros
        CK	COK	Cook Islands
        CR	CRI	Costa Rica
        HR	HRV	Croatia
        CU	CUB	Cuba
        CW	CUW	Curacao|Curaçao
        CY	CYP	Cyprus
        CZ	CZE	Czechia|Czech Republic
        CI	CIV	Côte d'Ivoire|Ivory Coast|Cote d'Ivoire
        CD	COD	Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC
        DK	DNK	Denmark
        DJ	DJI	Djibouti
        DM	DMA	Dominica
        DO	DOM	Dominican Republic
        EC	ECU	Ecuador
        EG	EGY	Egypt
        SV	SLV	El Salvador
        GQ	GNQ	Equatorial Guinea
        ER	ERI	Eritrea
        EE	EST	Estonia
        SZ	SWZ	Eswatini|Swaziland
        ET	ETH	Ethiopia
        FK	FLK	Falkland Islands|Falkland Islands (Malvinas)
        FO	FRO	Faroe Islands
        FJ	FJI	Fiji
        FI	FIN	Finland
        FR	FRA	France
        GF	GUF	French Guiana
        PF	PYF	French Polynesia
        TF	ATF	French Southern Territories
        GA	GAB	Gabon
        GM	GMB	Gambia|The Gambia
        GE	GEO	Georgia
        DE	DEU	Germany
        GH	GHA	Ghana
        GI	GIB	Gibraltar
        GR	GRC	Greece
        GL	GRL	Greenland
        GD	GRD	Grenada
        GP	GLP	Guadeloupe
        GU	GUM	Guam
        GT	GTM	Guatemala
        GG	GGY	Guernsey
        GN	GIN	Guinea
        GW	GNB	Guinea-Bissau
        GY	GUY	Guyana
        HT	HTI	Haiti
        HM	HMD	Heard Island and McDonald Islands
        HN	HND	Honduras
        HK	HKG	Hong Kong
        HU	HUN	Hungary
        IS	ISL	Iceland
        IN	IND	India
        ID	IDN	Indonesia
        IR	IRN	Iran|Islamic Republic of Iran
        IQ	IRQ	Iraq
        IE	IRL	Ireland
        IM	IMN	Isle of Man
        IL	ISR	Israel
        IT	ITA	Italy
        JM	JAM	Jamaica
        JP	JPN	Japan
        JE	JEY	Jersey
        JO	JOR	Jordan
        KZ	KAZ	Kazakhstan
        KE	KEN	Kenya
        KI	KIR	Kiribati
        XK	XKX	Kosovo
        KW	KWT	Kuwait
        KG	KGZ	Kyrgyzstan
        LA	LAO	Laos
        LV	LVA	Latvia
        LB	LBN	Lebanon
        LS	LSO	Lesotho
        LR	LBR	Liberia
        LY	LBY	Libya
        LI	LIE	Liechtenstein
        LT	LTU	Lithuania
        LU	LUX	Luxembourg
        MO	MAC	Macao
        MG	MDG	Madagascar
        MW	MWI	Malawi
        MY	MYS	Malaysia
        MV	MDV	Maldives
        ML	MLI	Mali
        MT	MLT	Malta
        MH	MHL	Marshall Islands
        MQ	MTQ	Martinique
        MR	MRT	Mauritania
        MU	MUS	Mauritius
        YT	MYT	Mayotte
        MX	MEX	Mexico
        FM	FSM	Micronesia|Federated States of Micronesia
        MD	MDA	Moldova
        MC	MCO	Monaco
        MN	MNG	Mongolia
        ME	MNE	Montenegro
        MS	MSR	Montserrat
        MA	MAR	Morocco
        MZ	MOZ	Mozambique
        MM	MMR	Myanmar|Burma
        NA	NAM	Namibia
        NR	NRU	Nauru
        NP	NPL	Nepal
        NL	NLD	Netherlands|The Netherlands|Holland
        AN	ANT	Netherlands Antilles
        NC	NCL	New Caledonia
        NZ	NZL	New Zealand
        NI	NIC	Nicaragua
        NE	NER	Niger
        NG	NGA	Nigeria
        NU	NIU	Niue
        NF	NFK	Norfolk Island
        KP	PRK	North Korea
        MK	MKD	North Macedonia|Macedonia
        MP	MNP	Northern Mariana Islands
        NO	NOR	Norway
        OM	OMN	Oman
        PK	PAK	Pakistan
        PW	PLW	Palau
        PS	PSE	Palestine|Palestinian Territory|Palestinian Territories|State of Palestine
        PA	PAN	Panama
        PG	PNG	Papua New Guinea
        PY	PRY	Paraguay
        PE	PER	Peru
        PH	PHL	Philippines
        PN	PCN	Pitcairn
        PL	POL	Poland
        PT	PRT	Portugal
        PR	PRI	Puerto Rico
        QA	QAT	Qatar
        CG	COG	Republic of the Congo|Congo|Congo-Brazzaville
        RE	REU	Reunion|Réunion
        RO	ROU	Romania
        RU	RUS	Russia|Russian Federation
        RW	RWA	Rwanda
        BL	BLM	Saint Barthelemy|Saint Barthélemy
        SH	SHN	Saint Helena
        KN	KNA	Saint Kitts and Nevis
        LC	LCA	Saint Lucia
        MF	MAF	Saint Martin
        PM	SPM	Saint Pierre and Miquelon
        VC	VCT	Saint Vincent and the Grenadines
        WS	WSM	Samoa
        SM	SMR	San Marino
        ST	STP	Sao Tome and Principe
        SA	SAU	Saudi Arabia
        SN	SEN	Senegal
        RS	SRB	Serbia
        CS	SCG	Serbia and Montenegro
        SC	SYC	Seychelles
        SL	SLE	Sierra Leone
        SG	SGP	Singapore
        SX	SXM	Sint Maarten
        SK	SVK	Slovakia
        SI	SVN	Slovenia
        SB	SLB	Solomon Islands
        SO	SOM	Somalia
        ZA	ZAF	South Africa
        GS	SGS	South Georgia and the South Sandwich Islands
        KR	KOR	South Korea|Republic of Korea
        SS	SSD	South Sudan
        ES	ESP	Spain
        LK	LKA	Sri Lanka
        SD	SDN	Sudan
        SR	SUR	Suriname
        SJ	SJM	Svalbard and Jan Mayen
        SE	SWE	Sweden
        CH	CHE	Switzerland
        SY	SYR	Syria|Syrian Arab Republic
        TW	TWN	Taiwan
        TJ	TJK	Tajikistan
        TZ	TZA	Tanzania|United Republic of Tanzania
        TH	THA	Thailand
        TL	TLS	Timor-Leste|East Timor|Timor Leste
        TG	TGO	Togo
        TK	TKL	Tokelau
        TO	TON	Tonga
        TT	TTO	Trinidad and Tobago
        TN	TUN	Tunisia
        TR	TUR	Turkey|Türkiye|Turkiye
        TM	TKM	Turkmenistan
        TC	TCA	Turks and Caicos Islands
        TV	TUV	Tuvalu
        VI	VIR	U.S. Virgin Islands
        UG	UGA	Uganda
        UA	UKR	Ukraine
        AE	ARE	United Arab Emirates|UAE
        GB	GBR	United Kingdom|Britain|Great Britain|UK
        US	USA	United States|United States of America|USA|US
        UM	UMI	United States Minor Outlying Islands
        UY	URY	Uruguay
        UZ	UZB	Uzbekistan
        VU	VUT	Vanuatu
        VA	VAT	Vatican|Holy See|Vatican City
        VE	VEN	Venezuela
        VN	VNM	Vietnam|Viet Nam
        WF	WLF	Wallis and Futuna
        EH	ESH	Western Sahara
        YE	YEM	Yemen
        ZM	ZMB	Zambia
        ZW	ZWE	Zimbabwe
        """
}
