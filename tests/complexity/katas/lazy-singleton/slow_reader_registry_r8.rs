// learner: slow
// why: OnceCell::get_or_init is O(n) time, target O(1): every call searches a Vec of the reader threads seen so far
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(Vec::new()), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // Remember which threads use the singleton (for diagnostics).
        let me = thread::current().id();
        let mut readers = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !readers.contains(&me) {
            readers.push(me);
        }
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        drop(readers);
        self.get().unwrap()
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
