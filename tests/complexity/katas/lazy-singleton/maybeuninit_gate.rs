// learner: optimal
// idiom: Mutex<bool> "initialised" flag mirrored by an AtomicBool for the lock-free fast path, MaybeUninit storage with manual Drop, if/else style
use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering::{Acquire, Release}};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    done: AtomicBool,
    gate: Mutex<bool>,
    data: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: data is initialised exactly once under `gate` and published by `done` (Release/Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { done: AtomicBool::new(false), gate: Mutex::new(false), data: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.done.load(Acquire) {
            return None;
        }
        Some(unsafe { (*self.data.get()).assume_init_ref() })
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.done.load(Acquire) {
            return unsafe { (*self.data.get()).assume_init_ref() };
        }
        let mut initialised = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        if !*initialised {
            let v = init();
            unsafe { (*self.data.get()).write(v) };
            *initialised = true;
            self.done.store(true, Release);
        }
        drop(initialised);
        unsafe { (*self.data.get()).assume_init_ref() }
    }

    pub fn into_inner(mut self) -> Option<T> {
        if *self.done.get_mut() {
            *self.done.get_mut() = false; // Drop must not drop it again
            Some(unsafe { self.data.get_mut().assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.done.get_mut() {
            unsafe { self.data.get_mut().assume_init_drop() };
        }
    }
}

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

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}
