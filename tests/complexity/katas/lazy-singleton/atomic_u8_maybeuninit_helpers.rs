// learner: optimal
// idiom: AtomicU8 EMPTY/READY + Mutex<()> writer lock + UnsafeCell<MaybeUninit<T>>, small unsafe helper fns (read/publish/slow_path), match on the loaded state, manual Drop
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, PoisonError};

const EMPTY: u8 = 0;
const READY: u8 = 1;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    writer: Mutex<()>,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: the slot is written once, under `writer`, before `state` becomes READY with Release;
// readers only touch it after an Acquire load sees READY, and it is never written again.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(EMPTY), writer: Mutex::new(()), slot: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    fn is_ready(&self) -> bool {
        self.state.load(Ordering::Acquire) == READY
    }

    /// SAFETY: only after `is_ready()` returned true.
    unsafe fn read(&self) -> &T {
        (*self.slot.get()).assume_init_ref()
    }

    /// SAFETY: only with `writer` held and the cell still EMPTY.
    unsafe fn publish(&self, value: T) {
        (*self.slot.get()).write(value);
        self.state.store(READY, Ordering::Release);
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Ordering::Acquire) {
            READY => Some(unsafe { self.read() }),
            _ => None,
        }
    }

    fn slow_path<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _guard = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.is_ready() {
            let value = init();
            unsafe { self.publish(value) };
        }
        unsafe { self.read() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => self.slow_path(init),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let mut this = self;
        match std::mem::replace(this.state.get_mut(), EMPTY) {
            // state is EMPTY now, so Drop will not touch the moved-out value
            READY => Some(unsafe { this.slot.get_mut().assume_init_read() }),
            _ => None,
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            unsafe { self.slot.get_mut().assume_init_drop() };
        }
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
