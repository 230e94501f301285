// learner: slow
// why: OnceCell::get_or_init is O(r) time, target O(1): logs each reader thread and scans the log with iter().any() on every read
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread;

pub struct OnceCell<T> {
    done: AtomicBool,
    m: Mutex<Vec<thread::ThreadId>>,
    v: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { done: AtomicBool::new(false), m: Mutex::new(Vec::new()), v: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.done.load(Ordering::Acquire) {
            return None;
        }
        unsafe { (*self.v.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut who = match self.m.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        if !self.done.load(Ordering::Acquire) {
            let x = init();
            unsafe { *self.v.get() = Some(x) };
            self.done.store(true, Ordering::Release);
        }
        let me = thread::current().id();
        if !who.iter().any(|t| *t == me) {
            who.push(me);
        }
        drop(who);
        unsafe { (*self.v.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.v.into_inner()
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
            None => panic!("poisoned"),
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
