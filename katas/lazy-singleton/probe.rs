use crate::Rng;
use lazy_singleton::OnceCell;
use std::sync::Mutex;

/// Reads per unit of `n`, all from the calling thread (the one timed).
const READS_PER_N: usize = 8;
/// At most this many other threads read a cell before the timed reads.
const MAX_READERS: usize = 4096;
/// Readers started together, then joined: well under the runner's task
/// budget, and about half the wall-clock time of one at a time.
const BATCH: usize = 16;

pub struct Input {
    cell: &'static OnceCell<u64>,
    seed: u64,
    reads: usize,
}

/// One cell per number of readers, kept for the whole process: every
/// repetition of a size reads the same cell, so its reader threads are
/// started once.
static CELLS: Mutex<Vec<(usize, &'static OnceCell<u64>)>> = Mutex::new(Vec::new());

/// A cell initialised and read by `readers` threads other than this one,
/// each started, reading once and gone before the next batch.
fn cell_read_by(readers: usize) -> &'static OnceCell<u64> {
    let mut cells = CELLS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&(_, cell)) = cells.iter().find(|(r, _)| *r == readers) {
        return cell;
    }
    let cell: &'static OnceCell<u64> = Box::leak(Box::new(OnceCell::new()));
    let mut left = readers;
    while left > 0 {
        let batch = left.min(BATCH);
        let handles: Vec<_> = (0..batch)
            .map(|_| {
                std::thread::spawn(move || {
                    std::hint::black_box(*cell.get_or_init(|| 7));
                })
            })
            .collect();
        for handle in handles {
            handle.join().expect("a reader thread panicked");
        }
        left -= batch;
    }
    cells.push((readers, cell));
    cell
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input {
        cell: cell_read_by(n.min(MAX_READERS)),
        seed: rng.next_u64(),
        reads: n * READS_PER_N,
    }
}

/// `8 n` reads (`get_or_init`, then `get`) of a cell that up to `n` other threads (at most 4096) have
/// already read. Each read after the first must be O(1), whatever the
/// number of threads that read before (the fast path: one atomic load), so
/// a run is O(n).
///
/// The reader threads are started in `build`, which is not timed. A `get_or_init`
/// that registers its caller in a collection scanned on every call (a
/// `Vec` of thread ids and `contains`) costs O(readers) per read here, so the
/// run grows like n^2 until `n` reaches 4096: such a solution reaches the
/// 5 ms calibration target long before (about n = 2048 on a 2020s laptop),
/// while a correct one runs with the same 4096 readers up to millions of reads.
pub fn run(input: Input) -> u64 {
    let mut sum = input.seed;
    for i in 0..input.reads {
        let v = *input.cell.get_or_init(|| 7);
        sum = sum.wrapping_add(std::hint::black_box(v) ^ i as u64);
        // `get` has the same fast path: O(1) whoever read before.
        sum = sum.wrapping_add(input.cell.get().copied().unwrap_or(0));
    }
    sum
}
