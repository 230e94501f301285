// learner: slow
// why: OnceCell::get_or_init is O(n) time, target O(1): every call scans a Vec of reader thread ids ("who has seen it") before returning
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    done: AtomicBool,
    lock: Mutex<()>,
    readers: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            done: AtomicBool::new(false),
            lock: Mutex::new(()),
            readers: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.done.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    /// Remember every thread that got the value, so we can tell how many share it.
    fn note_reader(&self) {
        let me = thread::current().id();
        let mut list = match self.readers.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        let mut i = 0;
        let mut found = false;
        while i < list.len() {
            if list[i] == me {
                found = true;
            }
            i += 1;
        }
        if !found {
            list.push(me);
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.note_reader();
        if let Some(v) = self.get() {
            return v;
        }
        let _g = match self.lock.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        if let Some(v) = self.get() {
            return v;
        }
        let v = init();
        unsafe {
            *self.value.get() = Some(v);
        }
        self.done.store(true, Ordering::Release);
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
            let f = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(e) => e.into_inner().take(),
            };
            match f {
                Some(f) => f(),
                None => panic!("Lazy poisoned"),
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
