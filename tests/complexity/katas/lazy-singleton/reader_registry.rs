// learner: slow
// idiom: Clojure developer: like an atom with watchers, every reader thread registers itself in a shared vector (conj if absent) before reading the value
// why: get/get_or_init search a Vec<ThreadId> of earlier readers under a lock on every call: O(r) per read with r the number of reader threads so far, O(n^2) over the probe's n readers vs the O(1) target
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    readers: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            readers: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    /// Remembers which threads have looked at the value (handy when debugging who saw what).
    fn watch(&self) {
        if let Ok(mut readers) = self.readers.try_lock() {
            let me = thread::current().id();
            if !readers.iter().any(|id| *id == me) {
                readers.push(me);
            }
        }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.ready.load(Ordering::Acquire) {
            return None;
        }
        self.watch();
        unsafe { (*self.value.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
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
        this.cell.get_or_init(|| match this.init.lock().unwrap_or_else(|e| e.into_inner()).take() {
            Some(f) => f(),
            None => panic!("Lazy poisoned"),
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
