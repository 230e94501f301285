// learner: optimal
// idiom: Raku enthusiast: an AtomicBool "is it there?" junction-style check, a Mutex<()> gate and UnsafeCell<Option<T>>, terse helpers
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering::{Acquire, Release}};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    gate: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: the slot is written only under `gate` while `ready` is false, and
// only read after an Acquire load saw `ready == true` (set with Release after
// the write). So shared references never race with the single write.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

fn lock<G>(m: &Mutex<G>) -> MutexGuard<'_, G> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), gate: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        // SAFETY: see the Sync impl: ready ⇒ the write happened-before us.
        self.ready.load(Acquire).then(|| unsafe { (*self.slot.get()).as_ref() }).flatten()
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _g = lock(&self.gate);
        if let Some(v) = self.get() {
            return v; // somebody beat us to it while we waited
        }
        let v = init(); // a panic here unwinds, poisons the gate (ignored) and leaves us empty
        // SAFETY: we hold the gate and ready is false: nobody reads the slot.
        unsafe { *self.slot.get() = Some(v) };
        self.ready.store(true, Release);
        self.get().expect("just stored")
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
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| match lock(&this.init).take() {
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
