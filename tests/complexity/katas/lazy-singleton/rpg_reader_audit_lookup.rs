// learner: slow
// idiom: RPG IV: keeps an "audit file" of every job (thread) that read the value and %LOOKUPs the caller in it on every read
// why: each get/get_or_init scans the list of reader threads seen so far (O(t) for t earlier readers); with n readers before the probe's 8n reads that is O(n^2), not O(1) per read
// I wanted to know which jobs used the singleton, like a usage log on the
// data area. Every read looks the current thread up in the table and adds
// it if it is new.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    in_ready: AtomicBool,
    lck_init: Mutex<()>,
    da_value: UnsafeCell<Option<T>>,
    // usage log: one entry per thread that read the cell
    tb_readers: Mutex<Vec<ThreadId>>,
}

// SAFETY: see get_or_init: written once under lck_init, published by
// in_ready (Release), read only after in_ready (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            in_ready: AtomicBool::new(false),
            lck_init: Mutex::new(()),
            da_value: UnsafeCell::new(None),
            tb_readers: Mutex::new(Vec::new()),
        }
    }

    // log the reader: %LOOKUP, and add when not found
    fn log_reader(&self) {
        let w_me = thread::current().id();
        let mut tb = self.tb_readers.lock().unwrap_or_else(PoisonError::into_inner);
        let w_pos = tb.iter().position(|w_id| *w_id == w_me);
        if w_pos.is_none() {
            tb.push(w_me);
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.in_ready.load(Ordering::Acquire) {
            self.log_reader();
            unsafe { (*self.da_value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(w_val) = self.get() {
            return w_val;
        }
        let _w_guard = self.lck_init.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.in_ready.load(Ordering::Acquire) {
            let w_new = init();
            unsafe {
                *self.da_value.get() = Some(w_new);
            }
            self.in_ready.store(true, Ordering::Release);
        }
        self.log_reader();
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
