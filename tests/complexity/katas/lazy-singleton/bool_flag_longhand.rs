// learner: optimal
// idiom: beginner longhand: AtomicBool flag, explicit temporaries, if/else ladders, separate lock variable names
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    is_filled: AtomicBool,
    the_lock: Mutex<()>,
    the_value: UnsafeCell<Option<T>>,
}

// Only one thread writes the_value, holding the_lock, before is_filled becomes true.
// After that nobody writes it anymore, so sharing &T is fine.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            is_filled: AtomicBool::new(false),
            the_lock: Mutex::new(()),
            the_value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        let filled_yet: bool = self.is_filled.load(Ordering::Acquire);
        if filled_yet == false {
            return None;
        }
        let pointer_to_option = self.the_value.get();
        let result: Option<&T>;
        unsafe {
            result = (*pointer_to_option).as_ref();
        }
        result
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // first check, no lock
        let first_look = self.get();
        if first_look.is_some() {
            return first_look.unwrap();
        }
        // take the lock (ignore poisoning, the cell is still consistent)
        let lock_result = self.the_lock.lock();
        let _my_guard = match lock_result {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        // second check, with the lock
        let second_look = self.get();
        if second_look.is_some() {
            return second_look.unwrap();
        }
        // really make it
        let new_value: T = init();
        let pointer_to_option = self.the_value.get();
        unsafe {
            *pointer_to_option = Some(new_value);
        }
        self.is_filled.store(true, Ordering::Release);
        let final_look = self.get();
        final_look.expect("value was just stored")
    }

    pub fn into_inner(self) -> Option<T> {
        let inner_option: Option<T> = self.the_value.into_inner();
        inner_option
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
        let already = this.cell.get();
        if already.is_some() {
            return already.unwrap();
        }
        let answer = this.cell.get_or_init(|| {
            let mut fn_guard = match this.init.lock() {
                Ok(g) => g,
                Err(e) => e.into_inner(),
            };
            let maybe_function: Option<F> = fn_guard.take();
            drop(fn_guard);
            if maybe_function.is_none() {
                panic!("Lazy is poisoned: its initialiser panicked before");
            }
            let the_function = maybe_function.unwrap();
            let computed = the_function();
            computed
        });
        answer
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
