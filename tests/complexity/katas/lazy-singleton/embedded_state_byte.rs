// learner: optimal
// idiom: embedded C: AtomicU8 EMPTY/READY byte + Mutex<()> writer lock + UnsafeCell<MaybeUninit<T>>, manual Drop, into_inner through ManuallyDrop and ptr::read
//! One-time initialisation that is safe under many threads.
//!
//! Build it from `std::sync::Mutex` / `Condvar` / atomics and an
//! `UnsafeCell`; `std::sync::{Once, OnceLock, LazyLock}` and
//! `std::cell::{OnceCell, LazyCell}` are off limits (that is the exercise).

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::Mutex;

use std::cell::UnsafeCell;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::sync::atomic::{AtomicU8, Ordering};

const EMPTY: u8 = 0;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    lock: Mutex<()>,
    slot: UnsafeCell<MaybeUninit<T>>,
    _owns: PhantomData<T>,
}

// SAFETY: the slot is written once, under `lock`, before `state` becomes READY with Release;
// readers only touch it after seeing READY with Acquire, and never write it.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(EMPTY), lock: Mutex::new(()), slot: UnsafeCell::new(MaybeUninit::uninit()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY means the slot is initialised and never written again.
            unsafe { Some((*self.slot.get()).assume_init_ref()) }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = match self.lock.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if self.state.load(Ordering::Acquire) != READY {
            let value = init();
            // SAFETY: we hold the lock and the state is not READY, so nobody reads or writes the slot.
            unsafe { (*self.slot.get()).write(value) };
            self.state.store(READY, Ordering::Release);
        }
        // SAFETY: READY now.
        unsafe { (*self.slot.get()).assume_init_ref() }
    }

    pub fn into_inner(self) -> Option<T> {
        let me = ManuallyDrop::new(self);
        if me.state.load(Ordering::Acquire) == READY {
            // SAFETY: initialised, and `me` is never dropped, so the value is moved out exactly once.
            Some(unsafe { std::ptr::read(me.slot.get()).assume_init() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised and dropped only here.
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
