// learner: optimal
// idiom: Forth-style: the hint's three cells (AtomicBool flag, Mutex<()> gate, UnsafeCell<Option<T>> slot), tiny read/publish words, explicit double check
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ready: AtomicBool,
    gate: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while holding `gate` and only while `ready` is false;
// once `ready` is stored (Release) it is never written again, and readers only read it
// after loading `ready == true` (Acquire). T: Sync because &T is shared across threads,
// T: Send because the value may be created in one thread and dropped in another.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), gate: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    fn read(&self) -> &T {
        // SAFETY: only called after `is_ready()` returned true: the slot is frozen.
        unsafe { (*self.slot.get()).as_ref().unwrap_unchecked() }
    }

    pub fn get(&self) -> Option<&T> {
        if self.is_ready() {
            Some(self.read())
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.is_ready() {
            return self.read();
        }
        let _held = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        if self.is_ready() {
            return self.read();
        }
        let value = init();
        // SAFETY: we hold the gate and ready is false: nobody reads or writes the slot.
        unsafe {
            *self.slot.get() = Some(value);
        }
        self.ready.store(true, Ordering::Release);
        self.read()
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
