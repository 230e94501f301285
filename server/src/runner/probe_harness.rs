// The harness the scaling probe runs in. `probe.rs` of the kata is placed
// beside it as `src/probe.rs`. Arguments: a comma-separated list of sizes, a
// repetition count, a seed and, for calibration, the cost in nanoseconds
// of one call at which to stop. It prints one line per measurement:
// `n cpu_ns ops`, sizes interleaved so that machine noise hits all alike.
mod probe;

/// SplitMix64: tiny, deterministic, good enough for test inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
    pub fn range_i64(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi as i128 - lo as i128 + 1) as u128;
        (lo as i128 + (self.next_u64() as u128 % span) as i128) as i64
    }
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

/// CPU time of this thread: unlike wall-clock time it ignores other load.
fn thread_cpu_ns() -> u128 {
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sizes: Vec<usize> = args
        .get(1)
        .map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 2_000, 4_000, 8_000, 16_000]);
    let reps: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    // Calibration: stop once one call costs at least this many nanoseconds.
    let stop_ns: Option<u128> = args.get(4).and_then(|s| s.parse().ok());
    for _ in 0..reps {
        for &n in &sizes {
            let mut rng = Rng::new(seed ^ n as u64);
            let input = probe::build(n, &mut rng);
            let start = thread_cpu_ns();
            let ops = std::hint::black_box(probe::run(std::hint::black_box(input)));
            let spent = thread_cpu_ns() - start;
            println!("{n} {spent} {ops}");
            if stop_ns.is_some_and(|stop| spent >= stop) {
                return;
            }
        }
    }
}
