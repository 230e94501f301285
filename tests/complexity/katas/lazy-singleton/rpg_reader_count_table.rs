// learner: slow
// idiom: RPG IV: a fixed-layout table of (job, read count) entries with an explicit entry counter, searched with a DOW loop on every read
// why: every read walks the whole per-thread read-count table to find its own entry: O(t) per read for t threads that read before, O(n^2) for the probe's n readers and 8n reads
// Statistics like I keep them in a work file: one entry per job with a
// counter, DOW loop over the entries until the job number matches.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

struct ReadStat {
    job: ThreadId,
    reads: u64,
}

struct StatTable {
    entries: Vec<ReadStat>,
    n_entries: usize, // explicit counter, as in the RPG array
}

pub struct OnceCell<T> {
    in_ready: AtomicBool,
    lck_init: Mutex<()>,
    da_value: UnsafeCell<Option<T>>,
    tb_stats: Mutex<StatTable>,
}

// SAFETY: da_value written once under lck_init before in_ready is set with
// Release; readers read it only after seeing in_ready with Acquire.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            in_ready: AtomicBool::new(false),
            lck_init: Mutex::new(()),
            da_value: UnsafeCell::new(None),
            tb_stats: Mutex::new(StatTable { entries: Vec::new(), n_entries: 0 }),
        }
    }

    fn count_read(&self) {
        let w_job = thread::current().id();
        let mut tb = self.tb_stats.lock().unwrap_or_else(PoisonError::into_inner);
        let mut ix: usize = 0;
        let mut in_found = false;
        while ix < tb.n_entries {
            if tb.entries[ix].job == w_job {
                tb.entries[ix].reads += 1;
                in_found = true;
                break;
            }
            ix += 1;
        }
        if !in_found {
            tb.entries.push(ReadStat { job: w_job, reads: 1 });
            tb.n_entries += 1;
        }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.in_ready.load(Ordering::Acquire) {
            return None;
        }
        self.count_read();
        unsafe { (*self.da_value.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if !self.in_ready.load(Ordering::Acquire) {
            let _w_guard = self.lck_init.lock().unwrap_or_else(PoisonError::into_inner);
            if !self.in_ready.load(Ordering::Acquire) {
                let w_new = init();
                unsafe {
                    *self.da_value.get() = Some(w_new);
                }
                self.in_ready.store(true, Ordering::Release);
            }
        }
        self.count_read();
        unsafe { (*self.da_value.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.da_value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let w_pgm = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match w_pgm {
                Some(w_f) => w_f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
