// learner: optimal
// idiom: init runs outside any lock: Mutex<bool> busy flag + Condvar::wait_while in a labelled claim loop, AtomicBool ready, a Drop guard frees the slot if init unwinds
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    busy: Mutex<bool>,
    turn: Condvar,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written only by the one thread that set `busy`, before `ready` is
// stored with Release; readers read it only after an Acquire load of `ready` sees true.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Clears `busy` and wakes a waiter if the initialiser unwinds.
struct Release<'a> {
    busy: &'a Mutex<bool>,
    turn: &'a Condvar,
}

impl Drop for Release<'_> {
    fn drop(&mut self) {
        *self.busy.lock().unwrap_or_else(PoisonError::into_inner) = false;
        self.turn.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), busy: Mutex::new(false), turn: Condvar::new(), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        // Wait until nobody else is initialising, then claim the job (unless it got done).
        'claim: loop {
            let mut busy = self.busy.lock().unwrap_or_else(PoisonError::into_inner);
            busy = self.turn.wait_while(busy, |b| *b).unwrap_or_else(PoisonError::into_inner);
            if let Some(v) = self.get() {
                return v;
            }
            *busy = true;
            break 'claim;
        }
        let release = Release { busy: &self.busy, turn: &self.turn };
        let value = init();
        unsafe { *self.value.get() = Some(value) };
        self.ready.store(true, Ordering::Release);
        drop(release);
        self.get().expect("just initialised")
    }

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
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let f = this
                .init
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .expect("Lazy instance has previously been poisoned");
            f()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
