// The coder benchmark: end-to-end sentences per second on one core, start-up time and peak memory.
//
//   swift run -c release coder-benchmark [--sentences N] [--no-geocode]
//
// The text is generated here from templates (news-like sentences with varied actors, events, places, dates,
// negation and hypotheticals), so the benchmark needs no data outside the repository.
import Foundation
import FlashpointCore

#if canImport(Glibc)
import Glibc
#endif

struct Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next(_ n: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(n))
    }
    mutating func pick(_ xs: [String]) -> String { xs[next(xs.count)] }
}

let sources = [
    "Israeli forces", "Israeli warplanes", "Hezbollah fighters", "Lebanese authorities", "The Lebanese army",
    "Kenyan police", "Police", "Protesters", "Hundreds of residents", "Suspected al-Shabaab militants", "Hamas",
    "The United Nations", "The European Union", "Egyptian mediators", "Gunmen", "Rioters", "Somali troops",
    "The Israeli government", "President William Ruto", "Prime Minister Benjamin Netanyahu", "Iranian officials",
    "Ukrainian drones", "Russian artillery", "The Syrian government", "Turkish troops", "Pokot raiders",
]
let targets = [
    "a Hamas compound", "Hezbollah positions", "Israeli troops", "civilians", "a police station", "the protesters",
    "a village", "Lebanon", "Israel", "Kenya", "the opposition", "two teachers", "a market", "Ukrainian cities",
    "Russian positions", "a convoy", "Palestinian houses", "the camp", "government offices", "a military base",
]
let places = [
    "Beirut", "Sidon", "the Ain al-Hilweh camp", "Naqoura", "Gaza City", "Khan Younis", "Rafah", "Nairobi", "Kisumu",
    "Mandera", "Garissa", "Mombasa", "Kharkiv", "Damascus", "Aleppo", "Tyre", "Bint Jbeil", "southern Lebanon",
]
let dates = [
    "on Tuesday", "on November 19", "in the early hours of Sunday", "yesterday", "last week", "on 26 July 2024",
    "overnight", "on Monday night", "earlier this month", "", "", "",
]
let templates = [
    "{S} struck {T} in {P} {D}, killing three people.",
    "{S} attacked {T} near {P} {D}.",
    "{S} shelled {T} east of {P} {D}.",
    "{S} clashed with {T} in {P} {D}, and two fighters were killed.",
    "{S} condemned the attack on {T} and accused Israel of escalating the conflict.",
    "{S} urged {T} to exercise restraint {D}.",
    "{S} met officials in {P} {D} to discuss a ceasefire.",
    "{S} demonstrated in {P} {D} to demand the release of detainees.",
    "{S} arrested twelve people in {P} {D}.",
    "{S} did not attack {T} in {P}, a spokesman said.",
    "Analysts warned that {S} could attack {T} if the talks fail.",
    "{S} will hold talks with {T} in {P} next week.",
    "According to witnesses, {S} abducted {T} in {P} {D}.",
    "{S} said {T} had been targeted in {P} {D}.",
    "The strike by {S} on {T} in {P} was the first since the 2006 war.",
    "{S} blocked roads and burned tyres in {P} {D} in protest over rising prices.",
    "{S} announced new sanctions against {T} {D}.",
    "{S} threatened to retaliate against {T} after the raid in {P}.",
    "Talks between {S} and {T} in {P} ended without an agreement {D}.",
    "{S} provided humanitarian aid to {T} in {P} {D}.",
]

func makeArticles(sentences: Int) -> [Article] {
    var g = Generator()
    var articles: [Article] = []
    var made = 0
    var n = 0
    while made < sentences {
        var lines: [String] = []
        let count = 8 + g.next(10)
        for _ in 0..<count {
            var s = g.pick(templates)
            s = s.replacingOccurrences(of: "{S}", with: g.pick(sources))
            s = s.replacingOccurrences(of: "{T}", with: g.pick(targets))
            s = s.replacingOccurrences(of: "{P}", with: g.pick(places))
            s = s.replacingOccurrences(of: " {D}", with: { let d = g.pick(dates); return d.isEmpty ? "" : " " + d }())
            lines.append(s)
        }
        made += count
        n += 1
        articles.append(Article(id: "bench-\(n)", date: Day(year: 2025, month: 11, day: 24)!, text: lines.joined(separator: " ")))
    }
    return articles
}

func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Seconds on one of the system's clocks.
func clockSeconds(_ clock: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Wall-clock time.
func now() -> Double { clockSeconds(CLOCK_MONOTONIC) }

var target = 20_000
var geocode = true
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    if a == "--sentences", let v = args.next(), let n = Int(v) { target = n }
    if a == "--no-geocode" { geocode = false }
}

/// Resident memory now, from /proc/self/statm (pages × page size).
func residentMB() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

// The gazetteer alone first: its load time and the memory it adds.
var gazetteerLoad = 0.0
var gazetteerMB = 0.0
if geocode {
    let before = residentMB()
    let g0 = now()
    let gazetteer = try Gazetteer.loadDefault()
    gazetteerLoad = now() - g0
    _ = gazetteer.countryPlaces()
    gazetteerMB = residentMB() - before
}

/// CPU time of the whole process so far (all threads; start-up loads on two).
func processCPUSeconds() -> Double { clockSeconds(CLOCK_PROCESS_CPUTIME_ID) }

let t0 = now()
let p0 = processCPUSeconds()
let coder = try Coder(options: .init(geocode: geocode))
let startup = now() - t0
let startupCPU = processCPUSeconds() - p0
let articles = makeArticles(sentences: target)

/// CPU time of this thread so far (user + system), which a loaded machine does not inflate as it does wall-clock.
func cpuSeconds() -> Double { clockSeconds(CLOCK_THREAD_CPUTIME_ID) }

/// The timed run, in a function of its own so that a profiler can count just it
/// (`valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*timedRun*'`).
@inline(never)
func timedRun(_ coder: Coder, _ articles: [Article]) -> (sentences: Int, tokens: Int, records: Int) {
    var sentences = 0, tokens = 0, records = 0
    for a in articles {
        let doc = coder.annotate(a)
        sentences += doc.sentences.count
        tokens += doc.tokens.count
        records += coder.records(doc).count
    }
    return (sentences, tokens, records)
}

// Warm-up on a few articles, then the timed run on one thread.
for a in articles.prefix(5) { _ = coder.code(a) }
let t1 = now()
let c1 = cpuSeconds()
let (sentenceCount, tokens, records) = timedRun(coder, articles)
let seconds = now() - t1
let cpu = cpuSeconds() - c1
print("coder benchmark (release build, one thread, geocoding \(geocode ? "on" : "off"))")
print(String(format: "  start-up (load models, dictionaries, patterns%@): %.3f s (%.3f s CPU)", geocode ? ", gazetteer" : "",
             startup, startupCPU))
print("  articles: \(articles.count), sentences: \(sentenceCount), tokens: \(tokens), records: \(records)")
print(String(format: "  wall-clock: %.3f s → %.0f sentences/s, %.0f tokens/s", seconds, Double(sentenceCount) / seconds, Double(tokens) / seconds))
print(String(format: "  CPU time: %.3f s → %.0f sentences/s per core, %.0f tokens/s", cpu, Double(sentenceCount) / cpu, Double(tokens) / cpu))
print(String(format: "  peak resident memory: %.1f MB", peakResidentMB()))

if geocode {
    // Toponyms: every place name the finder sees in the articles, resolved one by one without context.
    let geocoder = Geocoder(gazetteer: try Gazetteer.loadDefault())
    var names: [(String, String?)] = []
    for a in articles {
        var doc = Document(article: a)
        coder.tokenize(&doc)
        for s in doc.sentences { for m in geocoder.findToponyms(doc.tokens, in: s.tokens) { names.append((m.text, m.qualifier)) } }
    }
    var resolved = 0
    let r0 = now()
    for (name, qualifier) in names {
        if geocoder.resolve(name, context: GeoContext(qualifier: qualifier), explain: false).chosen != nil { resolved += 1 }
    }
    let r = now() - r0
    print(String(format: "  gazetteer: load %.3f s, %.1f MB resident", gazetteerLoad, gazetteerMB))
    print(String(format: "  toponyms: %d found, %d resolved; %.0f resolutions/s", names.count, resolved, Double(names.count) / r))
}
