// learner: optimal
// idiom: Mojo: the three-field layout (AtomicBool ready, Mutex<()> gate, UnsafeCell<Option<T>> slot), #[inline(always)] Acquire fast path, cold slow path split out
// why: after init every read is one Acquire load plus a pointer deref: O(1), lock-free; the slow path runs the initialiser once under the gate

//! One-time initialisation that is safe under many threads.
//!
//! Built from `std::sync::Mutex` / atomics and an `UnsafeCell`.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ready: AtomicBool,
    gate: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while holding `gate` and only while `ready`
// is false; once `ready` is stored true (Release) the slot is never written
// again, and readers only read it after loading `ready == true` (Acquire).
// T: Sync because &T is handed to many threads, T: Send because the thread
// that drops the cell may not be the one that created the value.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), gate: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    #[inline(always)]
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: ready == true: the slot is initialised and frozen
            unsafe { (*self.slot.get()).as_ref() }
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        self.init_slow(init)
    }

    #[cold]
    #[inline(never)]
    fn init_slow<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _g = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            // a panic in init() leaves slot = None and ready = false
            let v = init();
            // SAFETY: we hold the gate and ready is false: nobody reads or writes the slot
            unsafe { *self.slot.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        // SAFETY: ready is true now
        unsafe { (*self.slot.get()).as_ref().unwrap_unchecked() }
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
