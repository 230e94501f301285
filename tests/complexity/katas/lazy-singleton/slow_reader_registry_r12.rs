// learner: slow
// why: OnceCell::get_or_init is O(t) time per read, target O(1): every call scans a Vec of the threads that already synchronised
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    // threads that have already seen the value "properly" (under the lock)
    synced: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            synced: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.ready.load(Ordering::Acquire) {
            return None;
        }
        unsafe { (*self.value.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let me = thread::current().id();
        {
            let synced = self.synced.lock().unwrap_or_else(PoisonError::into_inner);
            if synced.contains(&me) {
                if let Some(v) = self.get() {
                    return v;
                }
            }
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if self.get().is_none() {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        self.synced.lock().unwrap_or_else(PoisonError::into_inner).push(me);
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
        this.cell.get_or_init(|| match this.init.lock().unwrap_or_else(PoisonError::into_inner).take() {
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
