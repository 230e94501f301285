// learner: optimal
// idiom: C++-style state word (AtomicU8 with associated consts), MaybeUninit storage, #[inline] helpers, manual Drop like a destructor
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    mtx: Mutex<()>,
    storage: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: storage is written once, under `mtx`, before `state` becomes
// INITIALISED with Release; it is read only after an Acquire load sees
// INITIALISED, and never written again except through `&mut self`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    const EMPTY: u8 = 0;
    const INITIALISED: u8 = 1;

    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(Self::EMPTY),
            mtx: Mutex::new(()),
            storage: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    #[inline(always)]
    fn is_initialised(&self) -> bool {
        self.state.load(Ordering::Acquire) == Self::INITIALISED
    }

    #[inline(always)]
    unsafe fn value_unchecked(&self) -> &T {
        (*self.storage.get()).assume_init_ref()
    }

    #[inline]
    fn lock(&self) -> MutexGuard<'_, ()> {
        self.mtx.lock().unwrap_or_else(PoisonError::into_inner)
    }

    #[inline]
    pub fn get(&self) -> Option<&T> {
        if self.is_initialised() {
            Some(unsafe { self.value_unchecked() })
        } else {
            None
        }
    }

    #[inline]
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.is_initialised() {
            return unsafe { self.value_unchecked() };
        }
        self.init_slow(init)
    }

    #[cold]
    fn init_slow<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _g = self.lock();
        if self.state.load(Ordering::Relaxed) != Self::INITIALISED {
            let v = init();
            unsafe { (*self.storage.get()).write(v) };
            self.state.store(Self::INITIALISED, Ordering::Release);
        }
        unsafe { self.value_unchecked() }
    }

    pub fn into_inner(self) -> Option<T> {
        let mut this = std::mem::ManuallyDrop::new(self);
        let out = if *this.state.get_mut() == Self::INITIALISED {
            *this.state.get_mut() = Self::EMPTY;
            Some(unsafe { this.storage.get_mut().assume_init_read() })
        } else {
            None
        };
        // release the mutex (no-op for std's futex mutex, but be tidy)
        unsafe { std::ptr::drop_in_place(&mut this.mtx) };
        out
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == Self::INITIALISED {
            unsafe { self.storage.get_mut().assume_init_drop() };
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
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    #[inline]
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| Self::take_init(this)())
    }

    #[inline]
    fn take_init(this: &Self) -> F {
        let mut slot = this.init.lock().unwrap_or_else(PoisonError::into_inner);
        slot.take().unwrap_or_else(|| panic!("Lazy instance has previously been poisoned"))
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
