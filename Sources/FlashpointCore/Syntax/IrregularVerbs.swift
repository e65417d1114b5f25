/// Common irregular English verbs as "base past participle [more forms…]" lines; alternatives are separated by "/".
enum IrregularVerbs {
    static let table: String = """
    arise arose arisen
    awake awoke awoken
    be was/were been am/is/are/'m/'re/being/'s
    bear bore borne/born
    beat beat beaten
    become became become
    begin began begun
    bend bent bent
    bet bet bet
    bid bid bid
    bind bound bound
    bite bit bitten
    bleed bled bled
    blow blew blown
    break broke broken
    breed bred bred
    bring brought brought
    broadcast broadcast broadcast
    build built built
    burn burnt burnt
    burst burst burst
    buy bought bought
    can could could ca
    cast cast cast
    catch caught caught
    choose chose chosen
    cling clung clung
    come came come
    cost cost cost
    creep crept crept
    cut cut cut
    deal dealt dealt
    dig dug dug
    do did done does
    draw drew drawn
    dream dreamt dreamt
    drink drank drunk
    drive drove driven
    eat ate eaten
    fall fell fallen
    feed fed fed
    feel felt felt
    fight fought fought
    find found found
    flee fled fled
    fling flung flung
    fly flew flown flies
    forbid forbade forbidden
    forecast forecast forecast
    foresee foresaw foreseen
    forget forgot forgotten
    forgive forgave forgiven
    freeze froze frozen
    get got gotten
    give gave given
    go went gone goes
    grind ground ground
    grow grew grown
    hang hung hung
    have had had has/'ve/having
    hear heard heard
    hide hid hidden
    hit hit hit
    hold held held
    hurt hurt hurt
    keep kept kept
    kneel knelt knelt
    know knew known
    lay laid laid
    lead led led
    lean leant leant
    leap leapt leapt
    learn learnt learnt
    leave left left
    lend lent lent
    let let let
    lie lay lain lying/lies
    light lit lit
    lose lost lost
    make made made
    may might might
    mean meant meant
    meet met met
    mislead misled misled
    mistake mistook mistaken
    outrun outran outrun
    overcome overcame overcome
    overrun overran overrun
    oversee oversaw overseen
    overtake overtook overtaken
    overthrow overthrew overthrown
    pay paid paid
    prove proved proven
    put put put
    quit quit quit
    read read read
    rebuild rebuilt rebuilt
    rid rid rid
    ride rode ridden
    ring rang rung
    rise rose risen
    run ran run
    say said said
    see saw seen
    seek sought sought
    sell sold sold
    send sent sent
    set set set
    sew sewed sewn
    shake shook shaken
    shall should should
    shed shed shed
    shine shone shone
    shoot shot shot
    show showed shown
    shrink shrank shrunk
    shut shut shut
    sing sang sung
    sink sank sunk
    sit sat sat
    slay slew slain
    sleep slept slept
    slide slid slid
    sling slung slung
    slit slit slit
    speak spoke spoken
    speed sped sped
    spend spent spent
    spill spilt spilt
    spin spun spun
    spit spat spat
    split split split
    spread spread spread
    spring sprang sprung
    stand stood stood
    steal stole stolen
    stick stuck stuck
    sting stung stung
    stink stank stunk
    stride strode stridden
    strike struck struck/stricken
    string strung strung
    strive strove striven
    swear swore sworn
    sweep swept swept
    swell swelled swollen
    swim swam swum
    swing swung swung
    take took taken
    teach taught taught
    tear tore torn
    tell told told
    think thought thought
    throw threw thrown
    thrust thrust thrust
    tread trod trodden
    undergo underwent undergone
    understand understood understood
    undertake undertook undertaken
    undo undid undone
    upset upset upset
    uphold upheld upheld
    wake woke woken
    wear wore worn
    weave wove woven
    wed wed wed
    weep wept wept
    will would would wo/'ll
    win won won
    wind wound wound
    wound wounded wounded wounding
    withdraw withdrew withdrawn
    withhold withheld withheld
    withstand withstood withstood
    wring wrung wrung
    write wrote written
    die died died dying
    tie tied tied tying
    """

    /// Inflected form → base form; forms that are themselves bases of another verb in the table keep their own base,
    /// except a few where the past reading dominates in news ("found", "saw", "fell", "left", "lay"). "wound" is a
    /// base of its own: in conflict news it is "to wound", not the past of "wind".
    static let forms: [String: String] = {
        var bases = Set<String>()
        var map: [String: String] = [:]
        let lines = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        for parts in lines where !parts.isEmpty { bases.insert(parts[0]) }
        let pastFirst: Set<String> = ["found", "saw", "fell", "left", "ground", "bore"]
        for parts in lines where parts.count > 1 {
            let base = parts[0]
            for field in parts.dropFirst() {
                for form in field.split(separator: "/").map(String.init) where form != base {
                    if bases.contains(form) && !pastFirst.contains(form) { continue }
                    if map[form] == nil { map[form] = base }
                }
            }
        }
        return map
    }()
}
