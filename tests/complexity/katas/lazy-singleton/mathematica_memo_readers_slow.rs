// learner: slow
// idiom: Mathematica / Wolfram Language user: memoises "which threads already did the Acquire handshake" in a Vec<ThreadId> (like f[x_] := f[x] = ...), searched with MemberQ-style contains on every read
// why: misses O(1) for get/get_or_init/force: every read locks the registry and scans it, O(number of threads that read before), so n readers cost O(n^2)

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
    // threads that have already seen `ready == true` once
    seen: Mutex<Vec<ThreadId>>,
}

// SAFETY: `value` is written once under `lock` before `ready` is set with
// Release; it is read only after an Acquire load (or by a thread that did
// one earlier) saw `ready == true`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            value: UnsafeCell::new(None),
            seen: Mutex::new(Vec::new()),
        }
    }

    fn member_q(&self) -> bool {
        let me = thread::current().id();
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        match seen.contains(&me) {
            true => true,
            false => {
                let ready = self.ready.load(Ordering::Acquire);
                if ready {
                    seen.push(me);
                }
                ready
            }
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks on an initialiser (the registry lock is held only briefly).
    pub fn get(&self) -> Option<&T> {
        match self.member_q() {
            // SAFETY: this thread has observed ready == true.
            true => unsafe { (*self.value.get()).as_ref() },
            false => None,
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            let made = init();
            // SAFETY: we hold `lock` and nobody reads before `ready` is true.
            unsafe { *self.value.get() = Some(made) };
            self.ready.store(true, Ordering::Release);
        }
        // SAFETY: ready is true here.
        unsafe { (*self.value.get()).as_ref().expect("initialised") }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
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
        this.cell.get_or_init(|| match this.init.lock().unwrap_or_else(PoisonError::into_inner).take() {
            Some(f) => f(),
            None => panic!("Lazy instance has previously been poisoned"),
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
