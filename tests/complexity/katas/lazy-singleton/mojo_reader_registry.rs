// learner: slow
// idiom: Mojo: "cache per thread": the cell keeps a registry Vec of reader ThreadIds under a Mutex, so a thread that has seen the value is recorded once; every read looks itself up in it
// why: each get/get_or_init scans the registry of every thread that read before: O(t) per read, O(n^2) for the probe's n reader threads (target O(1), one atomic load)

//! One-time initialisation that is safe under many threads.
//!
//! Built from `std::sync::Mutex` / atomics and an `UnsafeCell`.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    gate: Mutex<()>,
    readers: Mutex<Vec<ThreadId>>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: slot written only under `gate` while ready == false, read only
// after ready == true was loaded with Acquire.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            gate: Mutex::new(()),
            readers: Mutex::new(Vec::new()),
            slot: UnsafeCell::new(None),
        }
    }

    /// record that the current thread has observed the value (once per thread)
    #[inline(always)]
    fn note_reader(&self) {
        let me = thread::current().id();
        let mut r = self.readers.lock().unwrap_or_else(PoisonError::into_inner);
        let mut seen = false;
        for id in r.iter() {
            if *id == me {
                seen = true;
                break;
            }
        }
        if !seen {
            r.push(me);
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            self.note_reader();
            unsafe { (*self.slot.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _g = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.slot.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        self.note_reader();
        unsafe { (*self.slot.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
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
