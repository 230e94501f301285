// learner: optimal
// idiom: Go-style: AtomicBool ready + Mutex<()> + UnsafeCell<Option<T>>, small private helpers (value_ref, store) with early returns, poison recovered with a match
//! One-time initialisation that is safe under many threads.
//!
//! Build it from `std::sync::Mutex` / `Condvar` / atomics and an
//! `UnsafeCell`; `std::sync::{Once, OnceLock, LazyLock}` and
//! `std::cell::{OnceCell, LazyCell}` are off limits (that is the exercise).

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::Mutex;

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct OnceCell<T> {
    ready: AtomicBool,
    writer: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written once while holding `writer` and before `ready` is set (Release);
// shared readers only read it after observing `ready` (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), writer: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    fn value_ref(&self) -> Option<&T> {
        // SAFETY: only called once `ready` has been observed true.
        unsafe { (*self.value.get()).as_ref() }
    }

    fn store(&self, v: T) {
        // SAFETY: caller holds `writer` and `ready` is false: no reader looks at `value`.
        unsafe { *self.value.get() = Some(v) };
        self.ready.store(true, Ordering::Release);
    }

    pub fn get(&self) -> Option<&T> {
        if !self.ready.load(Ordering::Acquire) {
            return None;
        }
        self.value_ref()
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let guard = match self.writer.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            self.store(v);
        }
        drop(guard);
        match self.value_ref() {
            Some(v) => v,
            None => unreachable!("ready implies a value"),
        }
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
            let taken = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            match taken {
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
