// learner: slow
// why: OnceCell::get_or_init is O(readers) time, target O(1): keeps a Vec of ThreadIds that "already synchronised" and scans it with contains on every read
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    seen: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            seen: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    fn value_ref(&self) -> &T {
        unsafe { (*self.value.get()).as_ref().unwrap() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // threads that have already seen the value skip the atomic check
        let me = thread::current().id();
        {
            let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
            if seen.contains(&me) {
                return self.value_ref();
            }
        }
        if !self.ready.load(Ordering::Acquire) {
            let _g = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            if !self.ready.load(Ordering::Acquire) {
                let v = init();
                unsafe { *self.value.get() = Some(v) };
                self.ready.store(true, Ordering::Release);
            }
        }
        self.seen.lock().unwrap_or_else(|e| e.into_inner()).push(me);
        self.value_ref()
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
